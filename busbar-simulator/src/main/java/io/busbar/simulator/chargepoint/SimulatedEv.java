package io.busbar.simulator.chargepoint;

import java.time.Duration;
import java.time.Instant;

/**
 * A virtual electric vehicle: battery size, state of charge, the most power its on-board charger accepts and
 * the phases it draws from. Immutable: {@link #charge} returns the EV after charging.
 *
 * <p>Charging model: the EV accepts its full power up to {@value #TAPER_START_PERCENT}% SoC, then linearly less
 * down to {@value #TAPER_FLOOR_PERCENT}% of it just before 100%, and nothing when full (the constant-current /
 * constant-voltage shape of lithium-ion charging, simplified).
 *
 * <p>What the driver wants, for ISO 15118 charging needs (2.0.1 NotifyEVChargingNeeds): a target SoC (100% by
 * default) and a departure time (none by default).
 */
public record SimulatedEv(long batteryWh, double socPercent, long maxPowerW, int phases, double targetSocPercent,
                          Instant departure) {
    static final double TAPER_START_PERCENT = 80.0;
    static final double TAPER_FLOOR_PERCENT = 5.0;
    private static final long STEP_SECONDS = 10;

    public SimulatedEv {
        if (batteryWh <= 0 || maxPowerW <= 0) {
            throw new IllegalArgumentException("battery and max power must be positive");
        }
        if (socPercent < 0 || socPercent > 100) {
            throw new IllegalArgumentException("SoC must be within 0..100, was " + socPercent);
        }
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("an EV charges on 1 or 3 phases, not " + phases);
        }
        if (targetSocPercent < 0 || targetSocPercent > 100) {
            throw new IllegalArgumentException("target SoC must be within 0..100, was " + targetSocPercent);
        }
    }

    /** An EV whose driver wants it full, with no departure time given. */
    public SimulatedEv(long batteryWh, double socPercent, long maxPowerW, int phases) {
        this(batteryWh, socPercent, maxPowerW, phases, 100.0, null);
    }

    /** The same EV with the driver's wishes: charge to {@code targetSoc} % by {@code departure} (may be null). */
    public SimulatedEv wanting(double targetSoc, Instant departure) {
        return new SimulatedEv(batteryWh, socPercent, maxPowerW, phases, targetSoc, departure);
    }

    /** The energy still needed to reach the target SoC, whole watt-hours (0 when already there). */
    public long energyNeededWh() {
        return Math.max(0, Math.round(batteryWh * (targetSocPercent - socPercent) / 100.0));
    }

    /** The most current the EV takes per phase at 230 V. */
    public double maxCurrentA() {
        return maxPowerW / (230.0 * phases);
    }

    /** The power the EV accepts now, before any limit of the charger. */
    public long acceptedPowerW() {
        if (socPercent >= 100.0) {
            return 0;
        }
        if (socPercent <= TAPER_START_PERCENT) {
            return maxPowerW;
        }
        double remaining = (100.0 - socPercent) / (100.0 - TAPER_START_PERCENT);
        double share = TAPER_FLOOR_PERCENT / 100.0 + (1 - TAPER_FLOOR_PERCENT / 100.0) * remaining;
        return Math.round(maxPowerW * share);
    }

    /**
     * Charges for {@code duration} at min(accepted power, {@code chargerMaxW}), integrating in 10-second steps so
     * that tapering is followed. The energy never exceeds what fills the battery.
     */
    public ChargeStep charge(Duration duration, long chargerMaxW) {
        SimulatedEv ev = this;
        double energyWh = 0;
        long seconds = duration.toSeconds();
        while (seconds > 0) {
            long step = Math.min(STEP_SECONDS, seconds);
            long power = Math.min(ev.acceptedPowerW(), chargerMaxW);
            double room = ev.batteryWh * (100.0 - ev.socPercent) / 100.0;
            double delivered = Math.min(room, power * step / 3600.0);
            energyWh += delivered;
            ev = ev.withSoc(Math.min(100.0, ev.socPercent + delivered * 100.0 / ev.batteryWh));
            seconds -= step;
        }
        return new ChargeStep(ev, energyWh, Math.min(ev.acceptedPowerW(), chargerMaxW));
    }

    public SimulatedEv withSoc(double soc) {
        return new SimulatedEv(batteryWh, soc, maxPowerW, phases, targetSocPercent, departure);
    }

    /**
     * The result of charging for a while.
     *
     * @param ev          the EV afterwards
     * @param energyWh    energy delivered in the period
     * @param powerNowW   the power flowing at the end of the period
     */
    public record ChargeStep(SimulatedEv ev, double energyWh, long powerNowW) {
    }
}
