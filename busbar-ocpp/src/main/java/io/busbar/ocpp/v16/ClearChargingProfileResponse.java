package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ClearChargingProfile.conf (1.6 §6.14). */
public record ClearChargingProfileResponse(
        @Required ClearChargingProfileStatus status) {
}
