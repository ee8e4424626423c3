package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearDisplayMessage} request (CSMS to charging station). */
public record ClearDisplayMessageRequest(
        @Required Integer id) {
}
