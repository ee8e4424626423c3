package io.busbar.maintenance;

/** What opened the ticket; {@link Ticket#originRef()} names the fault id, playbook run id or prediction. */
public enum TicketOrigin {
    FAULT, PLAYBOOK_RUN, PREDICTION, OPERATOR
}
