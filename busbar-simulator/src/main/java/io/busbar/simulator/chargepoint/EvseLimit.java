package io.busbar.simulator.chargepoint;

/**
 * What the charging profiles allow on one EVSE at one instant: a current per phase on a number of phases
 * (230 V per phase, so the power is amps × 230 × phases).
 *
 * @param phases the EV's phases, fewer when the governing period's numberPhases says so; 3 without an EV
 */
public record EvseLimit(double ampsPerPhase, int phases) {
    static final int VOLTAGE_V = 230;
    /** Below this an AC EV cannot charge (IEC 61851-1: the lowest PWM duty cycle signals 6 A). */
    public static final double MIN_CHARGING_A = 6.0;

    public long powerW() {
        return Math.round(ampsPerPhase * VOLTAGE_V * phases);
    }

    /** True when the limit is too low for any EV to charge: the EVSE suspends (SuspendedEVSE). */
    public boolean suspends() {
        return ampsPerPhase < MIN_CHARGING_A;
    }

    static double toAmps(ChargingProfile.RateUnit unit, double limit, int phases) {
        return unit == ChargingProfile.RateUnit.A ? limit : limit / (VOLTAGE_V * phases);
    }
}
