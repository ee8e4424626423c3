package io.busbar.ocpp.v16;

/** ClearCache.req (1.6 §6.11): no fields. */
public record ClearCacheRequest() {
}
