package io.busbar.ocpp.v201;

/** OCPP 2.0.1 {@code ClearChargingProfile} request (CSMS to charging station). */
public record ClearChargingProfileRequest(
        Integer chargingProfileId,
        ClearChargingProfile chargingProfileCriteria) {
}
