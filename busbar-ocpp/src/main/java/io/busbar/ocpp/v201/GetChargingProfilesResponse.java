package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetChargingProfiles} response. */
public record GetChargingProfilesResponse(
        @Required GetChargingProfileStatus status,
        StatusInfo statusInfo) {
}
