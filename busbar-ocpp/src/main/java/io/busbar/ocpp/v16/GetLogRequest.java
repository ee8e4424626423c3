package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** GetLog.req (1.6 Security whitepaper). */
public record GetLogRequest(
        @Required LogParameters log,
        @Required LogType logType,
        @Required Integer requestId,
        Integer retries,
        Integer retryInterval) {
}
