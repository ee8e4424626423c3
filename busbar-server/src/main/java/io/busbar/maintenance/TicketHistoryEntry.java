package io.busbar.maintenance;

import java.time.Instant;

/** One line of a ticket's append-only history: who did what, when. Fields not relevant to the action are null. */
public record TicketHistoryEntry(Instant at, String actor, Action action, TicketState fromState, TicketState toState,
                                 String assignee, String comment) {
    public enum Action {OPENED, STATE_CHANGED, ASSIGNED, COMMENTED}
}
