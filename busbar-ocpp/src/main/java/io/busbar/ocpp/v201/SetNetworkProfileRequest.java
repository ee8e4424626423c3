package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetNetworkProfile} request (CSMS to charging station). */
public record SetNetworkProfileRequest(
        @Required Integer configurationSlot,
        @Required NetworkConnectionProfile connectionData) {
}
