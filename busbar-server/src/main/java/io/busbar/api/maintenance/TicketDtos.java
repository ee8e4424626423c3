package io.busbar.api.maintenance;

import io.busbar.maintenance.Ticket;
import io.busbar.maintenance.TicketHistoryEntry;
import io.busbar.maintenance.TicketOrigin;
import io.busbar.maintenance.TicketPriority;
import io.busbar.maintenance.TicketState;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of the ticket endpoints. */
public final class TicketDtos {
    /** The OpenAPI tag of these endpoints (kept here rather than in ApiTags). */
    public static final String TAG = "Maintenance tickets";

    static final String OPEN_EXAMPLE = """
            {"charger": "CP-0042", "evseId": 1, "title": "Cable holder broken", "description": "Reported by a driver",
             "priority": "NORMAL", "assignee": "tech@example.com", "faultId": null}""";
    static final String TICKET_EXAMPLE = """
            {"id": "0f6b3a1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b", "state": "ASSIGNED", "priority": "HIGH",
             "title": "Needs a technician: CP-0042 EVSE 1",
             "description": "Connector stays Faulted\\n\\nTried automatically:\\n- SOFT_RESET: Accepted, not recovered",
             "charger": "CP-0042", "evseId": 1, "origin": "PLAYBOOK_RUN",
             "originRef": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "assignee": "tech@example.com",
             "openedBy": "self-healing", "createdAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-27T09:05:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + TICKET_EXAMPLE + "], \"next\": null}";
    static final String UPDATE_EXAMPLE = """
            {"assignee": "tech@example.com", "state": "IN_PROGRESS", "comment": "On site at 14:00"}""";
    static final String HISTORY_EXAMPLE = """
            {"items": [
              {"at": "2026-11-27T09:00:00Z", "actor": "self-healing", "action": "OPENED", "fromState": null,
               "toState": "OPEN", "assignee": null, "comment": "Connector stays Faulted"},
              {"at": "2026-11-27T09:05:00Z", "actor": "ops", "action": "ASSIGNED", "fromState": "OPEN",
               "toState": "ASSIGNED", "assignee": "tech@example.com", "comment": null}],
             "next": null}""";

    private TicketDtos() {
    }

    @Schema(description = "Open a ticket by hand (origin OPERATOR)")
    public record OpenTicketRequest(
            @NotBlank @Size(max = 48) String charger,
            @Schema(description = "Omit for the charger as a whole") @Min(0) Integer evseId,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 10000) String description,
            @Schema(description = "LOW, NORMAL (default), HIGH, URGENT") TicketPriority priority,
            @Schema(description = "Free text: a name or an e-mail address; the ticket is then ASSIGNED")
            @Size(max = 200) String assignee,
            @Schema(description = "The fault this ticket is about (origin FAULT); omit for origin OPERATOR")
            UUID faultId) {
    }

    @Schema(description = "Any combination, applied in this order: assignee, state, comment. An empty assignee "
            + "unassigns.")
    public record UpdateTicketRequest(
            @Size(max = 200) String assignee,
            TicketState state,
            @Size(max = 10000) String comment) {
    }

    public record TicketResponse(String id, TicketState state, TicketPriority priority, String title,
                                 String description, String charger, Integer evseId, TicketOrigin origin,
                                 String originRef, String assignee, String openedBy, Instant createdAt,
                                 Instant updatedAt) {
        static TicketResponse of(Ticket t) {
            return new TicketResponse(t.id().toString(), t.state(), t.priority(), t.title(), t.description(),
                    t.charger().value(), t.evseId(), t.origin(), t.originRef(), t.assignee(), t.openedBy(),
                    t.createdAt(), t.updatedAt());
        }
    }

    public record HistoryResponse(Instant at, String actor, TicketHistoryEntry.Action action, TicketState fromState,
                                  TicketState toState, String assignee, String comment) {
        static HistoryResponse of(TicketHistoryEntry e) {
            return new HistoryResponse(e.at(), e.actor(), e.action(), e.fromState(), e.toState(), e.assignee(),
                    e.comment());
        }
    }
}
