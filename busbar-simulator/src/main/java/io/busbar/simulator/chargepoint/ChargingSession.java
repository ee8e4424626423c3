package io.busbar.simulator.chargepoint;

import java.time.Duration;

/**
 * A running transaction on one EVSE, the same API in 1.6 and 2.0.1. {@link #advance} runs the EV model for a
 * period of simulated time and reports the new reading; it does not wait in real time nor move the clock, so
 * a test advances its own clock and the session by the same amount.
 */
public final class ChargingSession {
    private static final int VOLTAGE_V = 230;

    private final SimulatedChargePoint chargePoint;
    private final SessionProtocol protocol;
    private final int evseId;
    private final String idToken;
    private SimulatedEv ev;
    private double meterWh;
    private long powerW;
    private boolean stopped;

    ChargingSession(SimulatedChargePoint chargePoint, SessionProtocol protocol, int evseId, SimulatedEv ev,
                    String idToken) {
        this.chargePoint = chargePoint;
        this.protocol = protocol;
        this.evseId = evseId;
        this.ev = ev;
        this.idToken = idToken;
    }

    /**
     * Charges for {@code period}: energy += min(EV acceptance, charger rating) × time, SoC rises (tapering near
     * full); then sends a periodic reading (1.6 MeterValues, 2.0.1 TransactionEvent Updated).
     */
    public ChargingSession advance(Duration period) {
        requireRunning();
        SimulatedEv.ChargeStep step = ev.charge(period, chargePoint.maxPowerW(ev.phases()));
        ev = step.ev();
        meterWh += step.energyWh();
        powerW = step.powerNowW();
        PluggedInEv.awaitIfOnline(chargePoint,
                protocol.metered(evseId, reading(MeterReading.ReadingContext.SAMPLE_PERIODIC)));
        return this;
    }

    /** Ends the transaction with the final reading, then the EV leaves and the connector is available again. */
    public ChargingSession stop(StopReason reason) {
        requireRunning();
        stopped = true;
        powerW = 0;
        MeterReading end = reading(MeterReading.ReadingContext.TRANSACTION_END);
        PluggedInEv.awaitIfOnline(chargePoint, protocol.stopped(evseId, idToken, reason, end));
        PluggedInEv.awaitIfOnline(chargePoint, protocol.unplugged(evseId));
        chargePoint.runningSessions().ended(this);
        return this;
    }

    private MeterReading reading(MeterReading.ReadingContext context) {
        double currentA = powerW / (double) (VOLTAGE_V * ev.phases());
        return new MeterReading(chargePoint.clock().instant(), context, energyWh(), powerW, ev.phases(), currentA,
                VOLTAGE_V, (int) Math.floor(ev.socPercent()));
    }

    private void requireRunning() {
        if (stopped) {
            throw new IllegalStateException("The session on EVSE " + evseId + " has already stopped");
        }
    }

    /** Energy delivered so far, whole watt-hours (the meter starts at 0 for each session). */
    public long energyWh() {
        return Math.round(meterWh);
    }

    public long powerW() {
        return powerW;
    }

    public SimulatedEv ev() {
        return ev;
    }

    public int evseId() {
        return evseId;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** The transaction id as the CSMS knows it; null while an offline 1.6 StartTransaction is unanswered. */
    public String transactionId() {
        return protocol.transactionId();
    }
}
