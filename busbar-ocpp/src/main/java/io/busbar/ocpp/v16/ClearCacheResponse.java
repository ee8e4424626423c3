package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ClearCache.conf (1.6 §6.12). */
public record ClearCacheResponse(
        @Required ClearCacheStatus status) {
}
