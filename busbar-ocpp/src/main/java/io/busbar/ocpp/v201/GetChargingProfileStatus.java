package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code GetChargingProfileStatusEnumType}. This indicates whether the Charging Station is able to
 * process this request and will send &lt;&lt;reportchargingprofilesrequest,
 * ReportChargingProfilesRequest&gt;&gt; messages.
 */
public enum GetChargingProfileStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("NoProfiles")
    NO_PROFILES
}
