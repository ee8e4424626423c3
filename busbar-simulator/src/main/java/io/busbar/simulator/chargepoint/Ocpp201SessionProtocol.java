package io.busbar.simulator.chargepoint;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A 2.0.1 session: StatusNotification Occupied, TransactionEvent Started (Authorized, Charging),
 * Updated (MeterValuePeriodic) per reading, Ended with the stop reason, then StatusNotification Available.
 * The station names the transaction itself (a UUID, within the 36-character limit).
 */
final class Ocpp201SessionProtocol implements SessionProtocol {
    private static final int CONNECTOR = 1;

    private final SimulatedChargePoint chargePoint;
    private final String transactionId = UUID.randomUUID().toString();
    private int phases = 3;
    private volatile String chargingState = "Charging";

    Ocpp201SessionProtocol(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
    }

    @Override
    public CompletableFuture<?> pluggedIn(int evseId) {
        return chargePoint.statusNotification(evseId, CONNECTOR, "Occupied");
    }

    @Override
    public CompletableFuture<?> started(int evseId, String idToken, SimulatedEv ev, MeterReading begin) {
        return started(evseId, idToken, ev, begin, "Authorized", null);
    }

    /** OCPP 2.0.1 F01/F02: triggerReason RemoteStart, and the request's remoteStartId in transactionInfo. */
    @Override
    public CompletableFuture<?> startedRemotely(int evseId, String idToken, SimulatedEv ev, MeterReading begin,
                                                int remoteStartId) {
        return started(evseId, idToken, ev, begin, "RemoteStart", remoteStartId);
    }

    private CompletableFuture<?> started(int evseId, String idToken, SimulatedEv ev, MeterReading begin,
                                         String triggerReason, Integer remoteStartId) {
        phases = ev.phases();
        CompletableFuture<?> started = chargePoint.transactionEvent(new TransactionEvent(
                TransactionEvent.EventType.STARTED, begin.timestamp(), triggerReason, transactionId, "Charging", null,
                idToken, evseId, CONNECTOR, phases, false, List.of(begin), remoteStartId));
        if (!chargePoint.sendsChargingNeeds()) {
            return started;
        }
        // OCPP 2.0.1 K15: with ISO 15118 the EV's needs reach the CSMS once the transaction runs.
        return started.thenCombine(chargePoint.call("NotifyEVChargingNeeds",
                Ocpp201Messages.notifyEvChargingNeeds(evseId, ev)), (a, b) -> b);
    }

    @Override
    public CompletableFuture<?> metered(int evseId, MeterReading reading) {
        String state = "SuspendedEVSE".equals(chargingState) ? chargingState
                : reading.powerW() > 0 ? "Charging" : "SuspendedEV";
        return chargePoint.transactionEvent(new TransactionEvent(TransactionEvent.EventType.UPDATED,
                reading.timestamp(), "MeterValuePeriodic", transactionId, state, null, null, evseId,
                CONNECTOR, null, false, List.of(reading)));
    }

    /** A change of chargingState is reported as it happens, in an Updated event (triggerReason ChargingStateChanged). */
    @Override
    public CompletableFuture<?> chargingStateChanged(int evseId, ChargingSession.ChargingState state,
                                                     MeterReading now) {
        chargingState = state.literal();
        return chargePoint.transactionEvent(new TransactionEvent(TransactionEvent.EventType.UPDATED,
                now.timestamp(), "ChargingStateChanged", transactionId, chargingState, null, null, evseId,
                CONNECTOR, null, false, List.of(now)));
    }

    @Override
    public CompletableFuture<?> stopped(int evseId, String idToken, StopReason reason, MeterReading end) {
        String chargingState = reason == StopReason.EV_DISCONNECTED ? "Idle" : "EVConnected";
        String token = reason == StopReason.LOCAL ? idToken : null;
        return chargePoint.transactionEvent(new TransactionEvent(TransactionEvent.EventType.ENDED,
                end.timestamp(), reason.triggerReason201(), transactionId, chargingState, reason.reasonLiteral(),
                token, evseId, CONNECTOR, null, false, List.of(end)));
    }

    @Override
    public CompletableFuture<?> unplugged(int evseId) {
        return chargePoint.statusNotification(evseId, CONNECTOR, "Available");
    }

    @Override
    public String transactionId() {
        return transactionId;
    }
}
