package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a charging profile limits. */
public enum ChargingProfilePurposeType {
    @JsonProperty("ChargePointMaxProfile") CHARGE_POINT_MAX_PROFILE,
    @JsonProperty("TxDefaultProfile") TX_DEFAULT_PROFILE,
    @JsonProperty("TxProfile") TX_PROFILE
}
