package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code EVSEType}. EVSE Electric Vehicle Supply Equipment */
public record Evse(
        @Required Integer id,
        Integer connectorId) {
}
