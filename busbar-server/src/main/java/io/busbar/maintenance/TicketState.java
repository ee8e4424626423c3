package io.busbar.maintenance;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's lifecycle: OPEN → ACKNOWLEDGED / ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED, and REOPENED from
 * RESOLVED or CLOSED. A ticket may be closed from any open state (duplicate, not reproducible).
 */
public enum TicketState {
    OPEN, ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED;

    /** The states this one may move to. */
    public Set<TicketState> next() {
        return switch (this) {
            case OPEN, REOPENED -> EnumSet.of(ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    public boolean canMoveTo(TicketState target) {
        return next().contains(target);
    }

    /** Still needs work: neither RESOLVED nor CLOSED. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
