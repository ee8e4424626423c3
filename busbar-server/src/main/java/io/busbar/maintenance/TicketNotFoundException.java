package io.busbar.maintenance;

public class TicketNotFoundException extends RuntimeException {
    public TicketNotFoundException(TicketId id) {
        super("No ticket " + id);
    }
}
