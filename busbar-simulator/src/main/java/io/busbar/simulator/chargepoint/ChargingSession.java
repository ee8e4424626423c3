package io.busbar.simulator.chargepoint;

import java.time.Duration;
import java.time.Instant;

/**
 * A running transaction on one EVSE, the same API in 1.6 and 2.0.1. {@link #advance} runs the EV model for a
 * period of simulated time and reports the new reading; it does not wait in real time nor move the clock, so
 * a test advances its own clock and the session by the same amount.
 *
 * <p>The EV draws what the charger's charging profiles allow now ({@link SimulatedChargingProfiles#limit}):
 * min(EV maximum, limit) per phase, on the phases the limit leaves it, and nothing below 6 A, when the EVSE
 * suspends the charge (1.6 status SuspendedEVSE, 2.0.1 chargingState SuspendedEVSE).
 */
public final class ChargingSession {
    private static final int VOLTAGE_V = EvseLimit.VOLTAGE_V;

    private final SimulatedChargePoint chargePoint;
    private final SessionProtocol protocol;
    private final int evseId;
    private final String idToken;
    private final Instant startedAt;
    private SimulatedEv ev;
    private double meterWh;
    private boolean stopped;
    private ChargingState reportedState = ChargingState.CHARGING;

    /** The charging states both versions share (1.6 ChargePointStatus, 2.0.1 ChargingStateEnumType) a session moves between. */
    enum ChargingState {
        CHARGING("Charging"), SUSPENDED_EVSE("SuspendedEVSE"), SUSPENDED_EV("SuspendedEV");

        private final String literal;

        ChargingState(String literal) {
            this.literal = literal;
        }

        String literal() {
            return literal;
        }
    }

    ChargingSession(SimulatedChargePoint chargePoint, SessionProtocol protocol, int evseId, SimulatedEv ev,
                    String idToken) {
        this.chargePoint = chargePoint;
        this.protocol = protocol;
        this.evseId = evseId;
        this.ev = ev;
        this.idToken = idToken;
        this.startedAt = chargePoint.clock().instant();
    }

    /**
     * Charges for {@code period} at what the EV accepts within the limit in force now: energy += power × time,
     * SoC rises (tapering near full); then sends a periodic reading (1.6 MeterValues, 2.0.1 TransactionEvent
     * Updated) after reporting a change of charging state.
     */
    public synchronized ChargingSession advance(Duration period) {
        requireRunning();
        Draw allowed = allowedDraw();
        SimulatedEv.ChargeStep step = ev.charge(period, allowed.maxPowerW());
        chargePoint.drawVersion().change(() -> {
            ev = step.ev();
        });
        meterWh += step.energyWh();
        followLimit();
        PluggedInEv.awaitIfOnline(chargePoint,
                protocol.metered(evseId, reading(MeterReading.ReadingContext.SAMPLE_PERIODIC)));
        return this;
    }

    /** Ends the transaction with the final reading, then the EV leaves and the connector is available again. */
    public synchronized ChargingSession stop(StopReason reason) {
        requireRunning();
        chargePoint.drawVersion().change(() -> {
            stopped = true;
        });
        MeterReading end = reading(MeterReading.ReadingContext.TRANSACTION_END);
        PluggedInEv.awaitIfOnline(chargePoint, protocol.stopped(evseId, idToken, reason, end));
        PluggedInEv.awaitIfOnline(chargePoint, protocol.unplugged(evseId));
        chargePoint.runningSessions().ended(this);
        return this;
    }

    /**
     * Reports a change of charging state caused by the limit or the EV (e.g. a profile below 6 A was just set):
     * 1.6 StatusNotification, 2.0.1 TransactionEvent Updated (ChargingStateChanged). Called after each profile
     * change and before each reading.
     */
    synchronized void followLimit() {
        if (stopped) {
            return;
        }
        ChargingState now = state();
        if (now != reportedState) {
            reportedState = now;
            PluggedInEv.awaitIfOnline(chargePoint, protocol.chargingStateChanged(evseId, now, reading(
                    MeterReading.ReadingContext.SAMPLE_PERIODIC)));
        }
    }

    /**
     * The EVSE's suspension (a limit below 6 A) first; else an EV that takes nothing (full) is SuspendedEV, as real
     * chargers report it: a charger saying Charging while no energy flows is what ghost-charger detection looks for.
     */
    private ChargingState state() {
        if (allowedDraw().suspendedByEvse()) {
            return ChargingState.SUSPENDED_EVSE;
        }
        return ev.acceptedPowerW() == 0 ? ChargingState.SUSPENDED_EV : ChargingState.CHARGING;
    }

    /**
     * The most the EV may draw now: its own maximum current per phase within the limit, on the phases the limit
     * leaves it; nothing when the limit is below {@value EvseLimit#MIN_CHARGING_A} A.
     */
    private Draw allowedDraw() {
        EvseLimit limit = chargePoint.chargingProfiles().limit(evseId);
        if (limit.suspends()) {
            return new Draw(0, limit.phases(), true);
        }
        long evMaxW = ev.maxPowerW() * limit.phases() / ev.phases();
        // The small epsilon keeps a whole-watt limit (e.g. 7360 W) whole despite the division into amps.
        long limitW = (long) Math.floor(limit.ampsPerPhase() * VOLTAGE_V * limit.phases() + 1e-6);
        return new Draw(Math.min(evMaxW, limitW), limit.phases(), false);
    }

    private record Draw(long maxPowerW, int phases, boolean suspendedByEvse) {
    }

    private MeterReading reading(MeterReading.ReadingContext context) {
        long power = powerW();
        int phases = allowedDraw().phases();
        double currentA = power / (double) (VOLTAGE_V * phases);
        return new MeterReading(chargePoint.clock().instant(), context, energyWh(), power, phases, currentA,
                VOLTAGE_V, (int) Math.floor(ev.socPercent()));
    }

    private void requireRunning() {
        if (stopped) {
            throw new IllegalStateException("The session on EVSE " + evseId + " has already stopped");
        }
    }

    /** Energy delivered so far, whole watt-hours (the meter starts at 0 for each session). */
    public synchronized long energyWh() {
        return Math.round(meterWh);
    }

    /** The power flowing now: what the EV accepts within the limit in force now; 0 once stopped. */
    public synchronized long powerW() {
        return stopped ? 0 : Math.min(ev.acceptedPowerW(), allowedDraw().maxPowerW());
    }

    /** The current on each of L1, L2, L3 now; a 1-phase EV draws on L1 only. */
    public synchronized PhaseCurrents drawA() {
        long power = powerW();
        int phases = allowedDraw().phases();
        return PhaseCurrents.of(power / (double) (VOLTAGE_V * phases), phases);
    }

    public synchronized SimulatedEv ev() {
        return ev;
    }

    public int evseId() {
        return evseId;
    }

    /** When the transaction started (simulator clock): where Relative profiles begin. */
    public Instant startedAt() {
        return startedAt;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** The transaction id as the CSMS knows it; null while an offline 1.6 StartTransaction is unanswered. */
    public String transactionId() {
        return protocol.transactionId();
    }
}
