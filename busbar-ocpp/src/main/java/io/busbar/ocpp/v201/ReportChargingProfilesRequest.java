package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code ReportChargingProfiles} request (charging station to CSMS). */
public record ReportChargingProfilesRequest(
        @Required Integer requestId,
        @Required ChargingLimitSource chargingLimitSource,
        @Required @MinItems(1) List<ChargingProfile> chargingProfile,
        Boolean tbc,
        @Required Integer evseId) {
}
