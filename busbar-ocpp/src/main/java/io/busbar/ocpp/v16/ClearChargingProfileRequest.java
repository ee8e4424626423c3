package io.busbar.ocpp.v16;

/** ClearChargingProfile.req (1.6 §6.13): every present field narrows what is cleared. */
public record ClearChargingProfileRequest(
        Integer id,
        Integer connectorId,
        ChargingProfilePurposeType chargingProfilePurpose,
        Integer stackLevel) {
}
