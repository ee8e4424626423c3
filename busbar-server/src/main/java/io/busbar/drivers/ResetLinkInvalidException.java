package io.busbar.drivers;

/** A password-reset token that is unknown, already used, or expired. */
public class ResetLinkInvalidException extends RuntimeException {
    public ResetLinkInvalidException() {
        super("The reset link was already used or has expired");
    }
}
