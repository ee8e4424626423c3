package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetChargingProfile} request (CSMS to charging station). */
public record SetChargingProfileRequest(
        @Required Integer evseId,
        @Required ChargingProfile chargingProfile) {
}
