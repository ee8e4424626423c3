package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetNetworkProfile} response. */
public record SetNetworkProfileResponse(
        @Required SetNetworkProfileStatus status,
        StatusInfo statusInfo) {
}
