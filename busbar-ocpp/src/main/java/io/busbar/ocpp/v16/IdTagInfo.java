package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** Authorization status of an idTag with its expiry and group. */
public record IdTagInfo(
        Instant expiryDate,
        @MaxLength(20) String parentIdTag,
        @Required AuthorizationStatus status) {
}
