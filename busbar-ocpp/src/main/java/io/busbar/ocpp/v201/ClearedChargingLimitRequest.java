package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearedChargingLimit} request (charging station to CSMS). */
public record ClearedChargingLimitRequest(
        @Required ChargingLimitSource chargingLimitSource,
        Integer evseId) {
}
