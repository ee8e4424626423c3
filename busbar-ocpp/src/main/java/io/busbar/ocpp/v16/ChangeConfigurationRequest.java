package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** ChangeConfiguration.req (1.6 §6.9). */
public record ChangeConfigurationRequest(
        @Required @MaxLength(50) String key,
        @Required @MaxLength(500) String value) {
}
