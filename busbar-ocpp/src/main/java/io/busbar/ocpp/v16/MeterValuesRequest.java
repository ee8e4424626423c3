package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.util.List;

/** MeterValues.req (1.6 §6.31); connectorId 0 is the main meter of the charge point. */
public record MeterValuesRequest(
        @Required Integer connectorId,
        Integer transactionId,
        @Required List<MeterValue> meterValue) {
}
