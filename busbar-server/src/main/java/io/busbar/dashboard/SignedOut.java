package io.busbar.dashboard;

/** The console request has no live session (none, expired, ended, user disabled): the operator signs in again. */
class SignedOut extends RuntimeException {
    SignedOut(String reason) {
        super(reason);
    }
}
