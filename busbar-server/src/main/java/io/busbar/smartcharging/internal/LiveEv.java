package io.busbar.smartcharging.internal;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionId;
import io.busbar.smartcharging.EvChargingNeeds;
import io.busbar.smartcharging.allocation.ConnectedEv;
import io.busbar.smartcharging.allocation.EvPhases;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An EV charging on one EVSE as load management knows it: its session, what the meter last said (per-phase current,
 * power, energy register, SoC) and what it asked for (charging needs). Thread-safe.
 */
final class LiveEv {
    private static final String CURRENT_IMPORT = "Current.Import";
    private static final String POWER_IMPORT = "Power.Active.Import";
    /** A phase carrying less than this is taken as unused (a 1-phase EV on a 3-phase EVSE). */
    private static final double PHASE_IN_USE_A = 1.0;
    /** Measurements older than this no longer say what the EV draws now. */
    static final Duration MEASUREMENT_FRESH = Duration.ofMinutes(3);

    private final EvseRef evse;
    private final SessionId session;
    private final String transactionId;
    private final Instant pluggedInAt;
    private EvPhases phases = EvPhases.UNKNOWN;
    /** Per phase of the EVSE's own L1, L2, L3, in A; null before the first reading with currents. */
    private double[] phaseCurrents;
    private Instant measuredAt;
    private Double powerW;
    private Integer stateOfCharge;
    private Double registerWh;
    private EvChargingNeeds needs;
    private Double registerAtNeedsWh;
    /** The limit the EV may have been drawing under when it was last measured. */
    private Current limitAtMeasurement;
    /** Whether the last currents were metered under {@link #limitAtMeasurement} for certain. */
    private boolean measuredUnderKnownLimit;

    LiveEv(EvseRef evse, SessionId session, String transactionId, Instant pluggedInAt) {
        this.evse = evse;
        this.session = session;
        this.transactionId = transactionId;
        this.pluggedInAt = pluggedInAt;
    }

    EvseRef evse() {
        return evse;
    }

    SessionId session() {
        return session;
    }

    String transactionId() {
        return transactionId;
    }

    /** Takes what a batch of readings says; the newest sample of each measurand wins. */
    synchronized void absorb(List<MeterReading> readings) {
        double[] currents = null;
        Instant latest = null;
        for (MeterReading reading : readings) {
            if (reading.value() == null || reading.measurand() == null) {
                continue;
            }
            switch (reading.measurand()) {
                case CURRENT_IMPORT -> {
                    int phase = phaseIndex(reading.phase());
                    if (phase >= 0 && "Outlet".equals(reading.location()) || phase >= 0 && reading.location() == null) {
                        if (currents == null) {
                            currents = new double[3];
                        }
                        currents[phase] = Math.max(0, reading.value().doubleValue());
                        latest = reading.timestamp();
                    }
                }
                case POWER_IMPORT -> powerW = watts(reading);
                case MeterReading.SOC -> stateOfCharge = Math.max(0, Math.min(100, reading.value().intValue()));
                case MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER -> registerWh = wattHours(reading);
                default -> {
                }
            }
        }
        if (currents != null) {
            phaseCurrents = currents;
            measuredAt = latest;
            int inUse = 0;
            for (double amps : currents) {
                inUse += amps >= PHASE_IN_USE_A ? 1 : 0;
            }
            // A suspended EV shows no current: keep what was detected before.
            if (inUse == 1) {
                phases = EvPhases.SINGLE;
            } else if (inUse >= 2) {
                phases = EvPhases.THREE;
            }
        }
        if (needs != null && registerAtNeedsWh == null) {
            registerAtNeedsWh = registerWh;
        }
    }

    /**
     * Records the limit in force when the last currents were metered. The allocator compares what an EV draws with
     * the limit it draws under; comparing with a limit set after the measurement would read a reading taken under
     * 32 A as "drawing less" of 31 A one round and "not less" the next, and the limit would swing with every round.
     */
    synchronized void measuredUnder(Current limit, Instant limitKnownSince) {
        this.limitAtMeasurement = limit;
        // A reading taken before the charger confirmed its present limit (or while a new one is on the wire) was
        // drawn under another limit: 0 A metered at the start, then a raise to 32 A answered before the reading
        // arrived, is no sign that the EV draws less than 32 A.
        this.measuredUnderKnownLimit = limitKnownSince != null && measuredAt != null
                && !measuredAt.isBefore(limitKnownSince);
    }

    synchronized void needs(EvChargingNeeds reported) {
        this.needs = reported;
        this.registerAtNeedsWh = registerWh;
        if (reported.phases() != null && phases == EvPhases.UNKNOWN) {
            phases = reported.phases() == 1 ? EvPhases.SINGLE : EvPhases.THREE;
        }
    }

    /** The EV for the allocator at {@code now}. */
    synchronized ConnectedEv toConnectedEv(int priority, Current lastLimit, Instant now) {
        java.util.Optional<Current> measured = measuredUnderKnownLimit ? measuredNow(now) : java.util.Optional.empty();
        ConnectedEv.Builder ev = ConnectedEv.on(evse.key(), pluggedInAt).phases(phases).priority(priority)
                .lastLimit(measured.isPresent() && limitAtMeasurement != null ? limitAtMeasurement : lastLimit);
        if (stateOfCharge != null) {
            ev.stateOfCharge(stateOfCharge);
        }
        measured.ifPresent(ev::measured);
        if (needs != null) {
            if (needs.maxCurrentA() != null && needs.maxCurrentA() > 0) {
                ev.maxCurrent(Current.ofAmps(needs.maxCurrentA()));
            }
            if (needs.minCurrentA() != null && needs.minCurrentA() > 0) {
                ev.minCurrent(Current.ofAmps(needs.minCurrentA()));
            }
            if (needs.departure() != null) {
                ev.departsAt(needs.departure());
            }
            if (needs.energyWh() != null) {
                double delivered = registerWh != null && registerAtNeedsWh != null ? registerWh - registerAtNeedsWh : 0;
                ev.needs(Energy.ofWattHours(Math.max(0, Math.round(needs.energyWh() - delivered))));
            }
        }
        return ev.build();
    }

    /**
     * The EV pinned at {@code current}: its profile is on the wire or awaits a retry, so the allocator must count it
     * at what it may draw now and give it nothing else (served first so no other EV takes its share).
     */
    synchronized ConnectedEv toPinnedEv(int priority, Current current) {
        return ConnectedEv.on(evse.key(), pluggedInAt).phases(phases).priority(priority).minCurrent(current)
                .maxCurrent(current).build();
    }

    synchronized EvPhases phases() {
        return phases;
    }

    /** The highest per-phase current metered recently. */
    synchronized java.util.Optional<Current> measuredNow(Instant now) {
        if (phaseCurrents == null || measuredAt == null || measuredAt.isBefore(now.minus(MEASUREMENT_FRESH))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Current.ofAmpsRoundedDown(Math.max(phaseCurrents[0],
                Math.max(phaseCurrents[1], phaseCurrents[2]))));
    }

    /** Per phase of the EVSE's own wiring, recent readings only; zeros when unknown. */
    synchronized double[] phaseCurrentsNow(Instant now) {
        if (phaseCurrents == null || measuredAt == null || measuredAt.isBefore(now.minus(MEASUREMENT_FRESH))) {
            return new double[3];
        }
        return phaseCurrents.clone();
    }

    synchronized double powerWattsNow(Instant now, double voltsPerPhase) {
        if (powerW != null && measuredAt != null && !measuredAt.isBefore(now.minus(MEASUREMENT_FRESH))) {
            return powerW;
        }
        double[] currents = phaseCurrentsNow(now);
        return (currents[0] + currents[1] + currents[2]) * voltsPerPhase;
    }

    synchronized Integer stateOfCharge() {
        return stateOfCharge;
    }

    private static int phaseIndex(String phase) {
        if (phase == null) {
            return -1;
        }
        return switch (phase) {
            case "L1", "L1-N" -> 0;
            case "L2", "L2-N" -> 1;
            case "L3", "L3-N" -> 2;
            default -> -1;
        };
    }

    private static double watts(MeterReading reading) {
        BigDecimal value = reading.value();
        return "kW".equals(reading.unit()) ? value.doubleValue() * 1000 : value.doubleValue();
    }

    private static double wattHours(MeterReading reading) {
        BigDecimal value = reading.value();
        return "kWh".equals(reading.unit()) ? value.doubleValue() * 1000 : value.doubleValue();
    }
}
