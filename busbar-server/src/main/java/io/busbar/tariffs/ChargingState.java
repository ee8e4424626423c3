package io.busbar.tariffs;

/**
 * What the EVSE reported about the session at a meter sample (OCPP 2.0.1 ChargingStateEnumType; 1.6 connector status
 * Charging / SuspendedEV / SuspendedEVSE / Finishing map the same way).
 */
public enum ChargingState {
    /** Energy is flowing (unless the power is below the tariff's idle threshold). */
    CHARGING,
    /** The EV does not draw: idle (PARKING_TIME), the grace period counts down. */
    SUSPENDED_EV,
    /** The EVSE withholds energy (smart charging, fault): neither charging time nor idle time is billed. */
    SUSPENDED_EVSE,
    /** Plugged in, not charging (finished, or not started): idle (PARKING_TIME). */
    IDLE
}
