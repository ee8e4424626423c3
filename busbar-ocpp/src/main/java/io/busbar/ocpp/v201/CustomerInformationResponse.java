package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CustomerInformation} response. */
public record CustomerInformationResponse(
        @Required CustomerInformationStatus status,
        StatusInfo statusInfo) {
}
