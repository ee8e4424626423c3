package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** A charging profile: a schedule of limits with its purpose, stack level and validity. */
public record ChargingProfile(
        @Required Integer chargingProfileId,
        Integer transactionId,
        @Required Integer stackLevel,
        @Required ChargingProfilePurposeType chargingProfilePurpose,
        @Required ChargingProfileKindType chargingProfileKind,
        RecurrencyKindType recurrencyKind,
        Instant validFrom,
        Instant validTo,
        @Required ChargingSchedule chargingSchedule) {
}
