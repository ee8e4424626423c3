package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code NotifyChargingLimit} request (charging station to CSMS). */
public record NotifyChargingLimitRequest(
        @MinItems(1) List<ChargingSchedule> chargingSchedule,
        Integer evseId,
        @Required ChargingLimit chargingLimit) {
}
