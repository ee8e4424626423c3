package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ChangeConfiguration.conf (1.6 §6.10). */
public record ChangeConfigurationResponse(
        @Required ConfigurationStatus status) {
}
