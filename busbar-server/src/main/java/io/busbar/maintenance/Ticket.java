package io.busbar.maintenance;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/**
 * @param evseId    null for the charger as a whole
 * @param originRef the fault id, playbook run id or "charger/evse" of a prediction; null for OPERATOR tickets
 * @param assignee  free text (a name or an e-mail address); null when unassigned
 */
public record Ticket(TicketId id, TicketState state, TicketPriority priority, String title, String description,
                     ChargerIdentity charger, Integer evseId, TicketOrigin origin, String originRef, String assignee,
                     String openedBy, Instant createdAt, Instant updatedAt) {
}
