package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** One configuration key with its value. */
public record KeyValue(
        @Required @MaxLength(50) String key,
        @Required Boolean readonly,
        @MaxLength(500) String value) {
}
