package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** One entry of a local authorization list; no idTagInfo removes the idTag in a Differential update. */
public record AuthorizationData(
        @Required @MaxLength(20) String idTag,
        IdTagInfo idTagInfo) {
}
