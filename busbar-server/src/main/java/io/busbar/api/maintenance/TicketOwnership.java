package io.busbar.api.maintenance;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.maintenance.TicketId;
import io.busbar.maintenance.Tickets;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A maintenance ticket belongs to the tenant of its charger. */
@Component
class TicketOwnership implements OwnedResources {
    private final Tickets tickets;
    private final ChargerRegistry chargers;

    TicketOwnership(Tickets tickets, ChargerRegistry chargers) {
        this.tickets = tickets;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "tickets";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return tickets.find(new TicketId(UUID.fromString(id))).flatMap(ticket -> chargers.tenantOf(ticket.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No ticket " + UUID.fromString(id));
    }
}
