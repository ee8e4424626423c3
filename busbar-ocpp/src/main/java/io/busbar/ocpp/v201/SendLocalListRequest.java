package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code SendLocalList} request (CSMS to charging station). */
public record SendLocalListRequest(
        @MinItems(1) List<AuthorizationData> localAuthorizationList,
        @Required Integer versionNumber,
        @Required UpdateType updateType) {
}
