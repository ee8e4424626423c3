package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SetChargingProfile.req (1.6 §6.43). */
public record SetChargingProfileRequest(
        @Required Integer connectorId,
        @Required ChargingProfile csChargingProfiles) {
}
