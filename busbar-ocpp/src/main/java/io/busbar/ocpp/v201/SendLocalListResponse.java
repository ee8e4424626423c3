package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SendLocalList} response. */
public record SendLocalListResponse(
        @Required SendLocalListStatus status,
        StatusInfo statusInfo) {
}
