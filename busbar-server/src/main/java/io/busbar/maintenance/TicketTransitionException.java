package io.busbar.maintenance;

/** The requested change does not fit the ticket's state (e.g. CLOSED → IN_PROGRESS without reopening). */
public class TicketTransitionException extends RuntimeException {
    public TicketTransitionException(String message) {
        super(message);
    }
}
