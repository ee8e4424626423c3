package io.busbar.maintenance;

import io.busbar.faults.FaultSeverity;

public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT;

    /** A whole charger down is URGENT, an EVSE down HIGH, a degradation NORMAL, a note LOW. */
    public static TicketPriority of(FaultSeverity severity) {
        return switch (severity) {
            case CRITICAL -> URGENT;
            case ERROR -> HIGH;
            case WARNING -> NORMAL;
            case INFO -> LOW;
        };
    }
}
