package io.busbar.selfhealing;

/** A playbook that cannot be saved as given (the message says why, for the operator). */
public class InvalidPlaybookException extends RuntimeException {
    public InvalidPlaybookException(String message) {
        super(message);
    }
}
