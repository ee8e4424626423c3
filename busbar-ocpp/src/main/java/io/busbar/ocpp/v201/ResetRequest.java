package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code Reset} request (CSMS to charging station). */
public record ResetRequest(
        @Required ResetType type,
        Integer evseId) {
}
