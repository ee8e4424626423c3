package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetChargingProfiles} request (CSMS to charging station). */
public record GetChargingProfilesRequest(
        @Required Integer requestId,
        Integer evseId,
        @Required ChargingProfileCriterion chargingProfile) {
}
