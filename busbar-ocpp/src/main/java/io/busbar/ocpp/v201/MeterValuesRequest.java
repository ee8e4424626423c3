package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code MeterValues} request (charging station to CSMS). */
public record MeterValuesRequest(
        @Required Integer evseId,
        @Required @MinItems(1) List<MeterValue> meterValue) {
}
