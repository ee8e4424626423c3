package io.busbar.simulator.chargepoint;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** A CALL the CSMS sent to the simulated charge point, as it arrived. */
public record ReceivedCall(Instant receivedAt, String messageId, String action, JsonNode payload) {
}
