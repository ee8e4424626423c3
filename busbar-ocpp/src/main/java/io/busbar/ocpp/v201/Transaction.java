package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code TransactionType}. Transaction */
public record Transaction(
        @Required @MaxLength(36) String transactionId,
        ChargingState chargingState,
        Integer timeSpentCharging,
        StopReason stoppedReason,
        Integer remoteStartId) {
}
