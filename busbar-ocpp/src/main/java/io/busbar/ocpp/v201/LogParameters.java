package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code LogParametersType}. Log Generic class for the configuration of logging entries. */
public record LogParameters(
        @Required @MaxLength(512) String remoteLocation,
        Instant oldestTimestamp,
        Instant latestTimestamp) {
}
