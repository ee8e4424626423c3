package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetLocalListVersion} response. */
public record GetLocalListVersionResponse(
        @Required Integer versionNumber) {
}
