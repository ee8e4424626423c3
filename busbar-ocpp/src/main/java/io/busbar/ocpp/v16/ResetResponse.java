package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** Reset.conf (1.6 §6.40). */
public record ResetResponse(
        @Required ResetStatus status) {
}
