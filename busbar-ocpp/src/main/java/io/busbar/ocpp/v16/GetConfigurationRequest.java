package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;

import java.util.List;

/** GetConfiguration.req (1.6 §6.23); no key asks for all of them. */
public record GetConfigurationRequest(
        @MaxLength(50) List<String> key) {
}
