package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** Reset.req (1.6 §6.39). */
public record ResetRequest(
        @Required ResetType type) {
}
