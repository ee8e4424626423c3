package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearChargingProfile} response. */
public record ClearChargingProfileResponse(
        @Required ClearChargingProfileStatus status,
        StatusInfo statusInfo) {
}
