package io.busbar.maintenance;

import io.busbar.chargers.ChargerIdentity;

import java.util.Objects;

/** What an operator (or a listener) opens a ticket with. */
public record OpenTicket(ChargerIdentity charger, Integer evseId, String title, String description,
                         TicketPriority priority, TicketOrigin origin, String originRef, String assignee,
                         String openedBy) {
    public OpenTicket {
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(openedBy, "openedBy");
    }
}
