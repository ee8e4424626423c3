package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 {@code ChargingProfileType}. A ChargingProfile consists of ChargingSchedule, describing the amount
 * of power or current that can be delivered per time interval.
 */
public record ChargingProfile(
        @Required Integer id,
        @Required Integer stackLevel,
        @Required ChargingProfilePurpose chargingProfilePurpose,
        @Required ChargingProfileKind chargingProfileKind,
        RecurrencyKind recurrencyKind,
        Instant validFrom,
        Instant validTo,
        @Required @MinItems(1) @MaxItems(3) List<ChargingSchedule> chargingSchedule,
        @MaxLength(36) String transactionId) {
}
