package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SendLocalList.conf (1.6 §6.42). */
public record SendLocalListResponse(
        @Required UpdateStatus status) {
}
