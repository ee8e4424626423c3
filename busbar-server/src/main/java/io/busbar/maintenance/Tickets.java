package io.busbar.maintenance;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** Maintenance tickets. Every change is recorded in the ticket's history with its actor and time. */
public interface Tickets {
    /**
     * Opens a ticket (OPEN, or ASSIGNED when an assignee is given).
     *
     * @throws io.busbar.chargers.ChargerNotFoundException for an unknown charger
     */
    Ticket open(OpenTicket ticket);

    Optional<Ticket> find(TicketId id);

    /**
     * Newest first; null filters match all; {@code after} an exclusive cursor (a ticket id), null for the first.
     *
     * @param tenant only tickets of this tenant's chargers; null: every tenant's (Busbar's own jobs only)
     */
    List<Ticket> list(TenantId tenant, TicketState state, ChargerIdentity charger, TicketId after, int limit);

    /**
     * Sets (or with null clears) the assignee; an OPEN, ACKNOWLEDGED or REOPENED ticket becomes ASSIGNED.
     *
     * @throws TicketNotFoundException
     * @throws TicketTransitionException for a RESOLVED or CLOSED ticket
     */
    Ticket assign(TicketId id, String assignee, String actor);

    /**
     * @throws TicketNotFoundException
     * @throws TicketTransitionException when {@link TicketState#canMoveTo} says no, or ASSIGNED without assignee
     */
    Ticket transition(TicketId id, TicketState to, String actor, String comment);

    /** @throws TicketNotFoundException */
    Ticket comment(TicketId id, String comment, String actor);

    /** Oldest first. @throws TicketNotFoundException */
    List<TicketHistoryEntry> history(TicketId id);
}
