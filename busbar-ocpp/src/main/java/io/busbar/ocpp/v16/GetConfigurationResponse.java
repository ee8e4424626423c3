package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;

import java.util.List;

/** GetConfiguration.conf (1.6 §6.24). */
public record GetConfigurationResponse(
        List<KeyValue> configurationKey,
        @MaxLength(50) List<String> unknownKey) {
}
