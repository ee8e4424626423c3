package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.OcppVersion;

import java.util.concurrent.CompletableFuture;

/** The messages of one charging session in one OCPP version; {@link ChargingSession} is version-neutral. */
interface SessionProtocol {

    static SessionProtocol of(SimulatedChargePoint chargePoint) {
        return chargePoint.version() == OcppVersion.V16
                ? new Ocpp16SessionProtocol(chargePoint)
                : new Ocpp201SessionProtocol(chargePoint);
    }

    /** The EV's cable is in: the connector is no longer available. */
    CompletableFuture<?> pluggedIn(int evseId);

    /** Energy may flow: opens the transaction; completes when the CSMS has answered the first message. */
    CompletableFuture<?> started(int evseId, String idToken, SimulatedEv ev, MeterReading begin);

    /** As {@link #started}, for a transaction the CSMS requested; 1.6 has no remoteStartId to report. */
    default CompletableFuture<?> startedRemotely(int evseId, String idToken, SimulatedEv ev, MeterReading begin,
                                                 int remoteStartId) {
        return started(evseId, idToken, ev, begin);
    }

    CompletableFuture<?> metered(int evseId, MeterReading reading);

    /**
     * The charge was suspended or resumed (by the EVSE's limit or by the EV): 1.6 StatusNotification with the
     * new status, 2.0.1 TransactionEvent Updated with triggerReason ChargingStateChanged.
     */
    CompletableFuture<?> chargingStateChanged(int evseId, ChargingSession.ChargingState state, MeterReading now);

    CompletableFuture<?> stopped(int evseId, String idToken, StopReason reason, MeterReading end);

    /** The cable is out again. */
    CompletableFuture<?> unplugged(int evseId);

    /** The transaction id as the CSMS sees it, or null while a 1.6 StartTransaction is unanswered. */
    String transactionId();
}
