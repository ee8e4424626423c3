package io.busbar.ocpp.v201;

/**
 * OCPP 2.0.1 {@code ClearChargingProfileType}. A ChargingProfile consists of a ChargingSchedule, describing the
 * amount of power or current that can be delivered per time interval.
 */
public record ClearChargingProfile(
        Integer evseId,
        ChargingProfilePurpose chargingProfilePurpose,
        Integer stackLevel) {
}
