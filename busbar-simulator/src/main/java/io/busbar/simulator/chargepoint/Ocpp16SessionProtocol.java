package io.busbar.simulator.chargepoint;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A 1.6 session: StatusNotification Preparing, StartTransaction, StatusNotification Charging, MeterValues with
 * the transactionId, StopTransaction with the final reading as transactionData, Finishing, then Available.
 * The transactionId is read when each later message is sent, so the whole session can queue offline.
 */
final class Ocpp16SessionProtocol implements SessionProtocol {
    private final SimulatedChargePoint chargePoint;
    private final CompletableFuture<Integer> transactionId = new CompletableFuture<>();

    Ocpp16SessionProtocol(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
    }

    @Override
    public CompletableFuture<?> pluggedIn(int evseId) {
        return chargePoint.statusNotification(evseId, 1, "Preparing");
    }

    @Override
    public CompletableFuture<?> started(int evseId, String idToken, SimulatedEv ev, MeterReading begin) {
        CompletableFuture<JsonNode> start = chargePoint.call("StartTransaction",
                Ocpp16Messages.startTransaction(evseId, idToken, begin.energyWh(), begin.timestamp()));
        start.whenComplete((answer, failure) -> {
            if (failure != null) {
                transactionId.completeExceptionally(failure);
            } else {
                transactionId.complete(answer.path("transactionId").asInt());
            }
        });
        chargePoint.statusNotification(evseId, 1, "Charging");
        return start;
    }

    @Override
    public CompletableFuture<?> metered(int evseId, MeterReading reading) {
        return chargePoint.call("MeterValues",
                () -> Ocpp16Messages.meterValues(evseId, transactionId.join(), List.of(reading)));
    }

    /** OCPP 1.6 §4.9: SuspendedEVSE / SuspendedEV / Charging are connector statuses. */
    @Override
    public CompletableFuture<?> chargingStateChanged(int evseId, ChargingSession.ChargingState state,
                                                     MeterReading now) {
        return chargePoint.statusNotification(evseId, 1, state.literal());
    }

    @Override
    public CompletableFuture<?> stopped(int evseId, String idToken, StopReason reason, MeterReading end) {
        CompletableFuture<JsonNode> stop = chargePoint.call("StopTransaction",
                () -> Ocpp16Messages.stopTransaction(transactionId.join(), idToken, end.energyWh(), end.timestamp(),
                        reason.reasonLiteral(), List.of(end)));
        chargePoint.statusNotification(evseId, 1, "Finishing");
        return stop;
    }

    @Override
    public CompletableFuture<?> unplugged(int evseId) {
        return chargePoint.statusNotification(evseId, 1, "Available");
    }

    @Override
    public String transactionId() {
        return transactionId.isDone() && !transactionId.isCompletedExceptionally()
                ? Integer.toString(transactionId.join()) : null;
    }
}
