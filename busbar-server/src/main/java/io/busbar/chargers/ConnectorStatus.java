package io.busbar.chargers;

/**
 * Connector status, the union of both versions: 2.0.1 reports AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE and
 * FAULTED; 1.6 details OCCUPIED as PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE or FINISHING.
 */
public enum ConnectorStatus {
    AVAILABLE, PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, OCCUPIED, RESERVED, UNAVAILABLE, FAULTED;

    /** A vehicle is plugged in (any of the occupied states). */
    public boolean occupied() {
        return switch (this) {
            case PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, OCCUPIED -> true;
            default -> false;
        };
    }
}
