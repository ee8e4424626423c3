package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/**
 * OCPP 2.0.1 {@code MessageInfoType}. Contains message details, for a message to be displayed on a Charging
 * Station.
 */
public record MessageInfo(
        Component display,
        @Required Integer id,
        @Required MessagePriority priority,
        MessageState state,
        Instant startDateTime,
        Instant endDateTime,
        @MaxLength(36) String transactionId,
        @Required MessageContent message) {
}
