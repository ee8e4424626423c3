package io.busbar.simulator.chargepoint;

import java.time.Instant;
import java.util.List;

/**
 * The fields of one OCPP 2.0.1 TransactionEventRequest except seqNo, which the charge point counts per
 * transaction. String fields carry the 2.0.1 literals (TriggerReasonEnumType, ChargingStateEnumType,
 * ReasonEnumType); nullable ones are left out of the message.
 */
public record TransactionEvent(EventType eventType, Instant timestamp, String triggerReason, String transactionId,
                               String chargingState, String stoppedReason, String idToken, int evseId,
                               int connectorId, Integer numberOfPhasesUsed, boolean offline,
                               List<MeterReading> readings, Integer remoteStartId) {

    public enum EventType {
        STARTED("Started"), UPDATED("Updated"), ENDED("Ended");

        private final String literal;

        EventType(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }
    }

    public TransactionEvent {
        readings = List.copyOf(readings);
    }

    /** An event of a transaction the CSMS did not start remotely (no remoteStartId). */
    public TransactionEvent(EventType eventType, Instant timestamp, String triggerReason, String transactionId,
                            String chargingState, String stoppedReason, String idToken, int evseId, int connectorId,
                            Integer numberOfPhasesUsed, boolean offline, List<MeterReading> readings) {
        this(eventType, timestamp, triggerReason, transactionId, chargingState, stoppedReason, idToken, evseId,
                connectorId, numberOfPhasesUsed, offline, readings, null);
    }

    /** The same event, marked as having happened while the station was offline. */
    public TransactionEvent whileOffline() {
        return new TransactionEvent(eventType, timestamp, triggerReason, transactionId, chargingState, stoppedReason,
                idToken, evseId, connectorId, numberOfPhasesUsed, true, readings, remoteStartId);
    }
}
