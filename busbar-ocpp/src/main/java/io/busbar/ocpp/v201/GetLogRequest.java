package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetLog} request (CSMS to charging station). */
public record GetLogRequest(
        @Required LogParameters log,
        @Required LogType logType,
        @Required Integer requestId,
        Integer retries,
        Integer retryInterval) {
}
