package io.busbar.sessions;

public class SessionNotFoundException extends RuntimeException {
    public SessionNotFoundException(String what) {
        super("No session " + what);
    }
}
