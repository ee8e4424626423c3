package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** Authorize.conf (1.6 §6.2). */
public record AuthorizeResponse(
        @Required IdTagInfo idTagInfo) {
}
