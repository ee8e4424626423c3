package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearCache} response. */
public record ClearCacheResponse(
        @Required ClearCacheStatus status,
        StatusInfo statusInfo) {
}
