package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;

import java.util.List;

/**
 * OCPP 2.0.1 {@code ChargingProfileCriterionType}. A ChargingProfile consists of ChargingSchedule, describing
 * the amount of power or current that can be delivered per time interval.
 */
public record ChargingProfileCriterion(
        ChargingProfilePurpose chargingProfilePurpose,
        Integer stackLevel,
        @MinItems(1) List<Integer> chargingProfileId,
        @MinItems(1) @MaxItems(4) List<ChargingLimitSource> chargingLimitSource) {
}
