package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 {@code MeterValueType}. Collection of one or more sampled values in MeterValuesRequest and
 * TransactionEvent. All sampled values in a MeterValue are sampled at the same point in time.
 */
public record MeterValue(
        @Required @MinItems(1) List<SampledValue> sampledValue,
        @Required Instant timestamp) {
}
