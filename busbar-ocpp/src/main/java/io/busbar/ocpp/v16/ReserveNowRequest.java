package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** ReserveNow.req (1.6 §6.37); connectorId 0 reserves any connector. */
public record ReserveNowRequest(
        @Required Integer connectorId,
        @Required Instant expiryDate,
        @Required @MaxLength(20) String idTag,
        @MaxLength(20) String parentIdTag,
        @Required Integer reservationId) {
}
