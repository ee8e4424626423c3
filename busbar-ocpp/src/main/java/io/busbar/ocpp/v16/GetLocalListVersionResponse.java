package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** GetLocalListVersion.conf (1.6 §6.28); 0 means an empty list, -1 no list support. */
public record GetLocalListVersionResponse(
        @Required Integer listVersion) {
}
