package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code NotifyEVChargingNeeds} request (charging station to CSMS). */
public record NotifyEVChargingNeedsRequest(
        Integer maxScheduleTuples,
        @Required ChargingNeeds chargingNeeds,
        @Required Integer evseId) {
}
