package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetChargingProfile} response. */
public record SetChargingProfileResponse(
        @Required ChargingProfileStatus status,
        StatusInfo statusInfo) {
}
