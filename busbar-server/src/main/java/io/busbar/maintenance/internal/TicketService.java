package io.busbar.maintenance.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.maintenance.OpenTicket;
import io.busbar.maintenance.Ticket;
import io.busbar.maintenance.TicketHistoryEntry;
import io.busbar.maintenance.TicketHistoryEntry.Action;
import io.busbar.maintenance.TicketId;
import io.busbar.maintenance.TicketNotFoundException;
import io.busbar.maintenance.TicketState;
import io.busbar.maintenance.TicketTransitionException;
import io.busbar.maintenance.Tickets;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Guards every ticket transition and writes the history line in the same transaction as the change. */
@Service
class TicketService implements Tickets {
    /** States from which giving the ticket an assignee moves it to ASSIGNED. */
    private static final Set<TicketState> ASSIGNABLE = EnumSet.of(TicketState.OPEN, TicketState.ACKNOWLEDGED,
            TicketState.REOPENED);

    private final TicketStore store;
    private final ChargerRegistry chargers;
    private final Clock clock;

    TicketService(TicketStore store, ChargerRegistry chargers, Clock clock) {
        this.store = store;
        this.chargers = chargers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Ticket open(OpenTicket request) {
        return openIfAbsent(request).orElseThrow(() -> new TicketTransitionException("The ticket exists already"));
    }

    /** Empty when a ticket for the same playbook run (or an open one for the same predicted EVSE) exists. */
    @Transactional
    Optional<Ticket> openIfAbsent(OpenTicket request) {
        chargers.require(request.charger());
        Instant now = clock.instant();
        String assignee = blankToNull(request.assignee());
        TicketState state = assignee == null ? TicketState.OPEN : TicketState.ASSIGNED;
        Ticket ticket = new Ticket(TicketId.random(), state, request.priority(), request.title().strip(),
                request.description(), request.charger(), request.evseId(), request.origin(), request.originRef(),
                assignee, request.openedBy(), now, now);
        if (!store.insert(ticket)) {
            return Optional.empty();
        }
        store.append(ticket.id(), new TicketHistoryEntry(now, request.openedBy(), Action.OPENED, null, state,
                assignee, request.description()));
        return Optional.of(ticket);
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return store.find(id);
    }

    @Override
    public List<Ticket> list(TenantId tenant, TicketState state, ChargerIdentity charger, TicketId after, int limit) {
        return store.list(tenant, state, charger, after, limit);
    }

    @Override
    @Transactional
    public Ticket assign(TicketId id, String assignee, String actor) {
        Ticket ticket = locked(id);
        if (!ticket.state().isOpen()) {
            throw new TicketTransitionException("A " + ticket.state() + " ticket cannot be assigned; reopen it first");
        }
        String who = blankToNull(assignee);
        TicketState state = who != null && ASSIGNABLE.contains(ticket.state()) ? TicketState.ASSIGNED : ticket.state();
        if (who == null && state == TicketState.ASSIGNED) {
            // Unassigned, an ASSIGNED ticket is back to waiting for someone.
            state = TicketState.ACKNOWLEDGED;
        }
        Instant now = clock.instant();
        store.update(id, state, who, now);
        store.append(id, new TicketHistoryEntry(now, actor, Action.ASSIGNED, ticket.state(), state, who, null));
        return store.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Ticket transition(TicketId id, TicketState to, String actor, String comment) {
        Ticket ticket = locked(id);
        if (!ticket.state().canMoveTo(to)) {
            throw new TicketTransitionException("A " + ticket.state() + " ticket cannot become " + to
                    + "; allowed: " + ticket.state().next());
        }
        if (to == TicketState.ASSIGNED && ticket.assignee() == null) {
            throw new TicketTransitionException("Assign someone to the ticket to make it ASSIGNED");
        }
        Instant now = clock.instant();
        store.update(id, to, ticket.assignee(), now);
        store.append(id, new TicketHistoryEntry(now, actor, Action.STATE_CHANGED, ticket.state(), to, null,
                blankToNull(comment)));
        return store.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Ticket comment(TicketId id, String comment, String actor) {
        Ticket ticket = locked(id);
        Instant now = clock.instant();
        store.touch(id, now);
        store.append(id, new TicketHistoryEntry(now, actor, Action.COMMENTED, null, null, null, comment));
        return store.find(ticket.id()).orElseThrow();
    }

    @Override
    public List<TicketHistoryEntry> history(TicketId id) {
        store.find(id).orElseThrow(() -> new TicketNotFoundException(id));
        return store.history(id);
    }

    private Ticket locked(TicketId id) {
        return store.lock(id).orElseThrow(() -> new TicketNotFoundException(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
