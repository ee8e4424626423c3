package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SetChargingProfile.conf (1.6 §6.44). */
public record SetChargingProfileResponse(
        @Required ChargingProfileStatus status) {
}
