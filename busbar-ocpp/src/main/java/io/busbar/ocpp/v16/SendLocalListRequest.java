package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.util.List;

/** SendLocalList.req (1.6 §6.41); a Full update with no list empties it. */
public record SendLocalListRequest(
        @Required Integer listVersion,
        List<AuthorizationData> localAuthorizationList,
        @Required UpdateType updateType) {
}
