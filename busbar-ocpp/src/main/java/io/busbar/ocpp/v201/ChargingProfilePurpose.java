package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ChargingProfilePurposeEnumType}. Defines the purpose of the schedule transferred by this
 * profile
 */
public enum ChargingProfilePurpose {
    @JsonProperty("ChargingStationExternalConstraints")
    CHARGING_STATION_EXTERNAL_CONSTRAINTS,
    @JsonProperty("ChargingStationMaxProfile")
    CHARGING_STATION_MAX_PROFILE,
    @JsonProperty("TxDefaultProfile")
    TX_DEFAULT_PROFILE,
    @JsonProperty("TxProfile")
    TX_PROFILE
}
