package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** Authorize.req (1.6 §6.1): may this idTag charge? */
public record AuthorizeRequest(
        @Required @MaxLength(20) String idTag) {
}
