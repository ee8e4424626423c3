package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/**
 * OCPP 2.0.1 {@code MessageContentType}. Contains message details, for a message to be displayed on a Charging
 * Station.
 */
public record MessageContent(
        @Required MessageFormat format,
        @MaxLength(8) String language,
        @Required @MaxLength(512) String content) {
}
