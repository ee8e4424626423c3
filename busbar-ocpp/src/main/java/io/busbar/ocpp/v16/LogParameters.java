package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** Where to upload a log and which period it covers (1.6 Security whitepaper, LogParametersType). */
public record LogParameters(
        @Required @MaxLength(512) String remoteLocation,
        Instant oldestTimestamp,
        Instant latestTimestamp) {
}
