package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** GetLog.conf (1.6 Security whitepaper). */
public record GetLogResponse(
        @Required LogStatus status,
        @MaxLength(255) String filename) {
}
