package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code VPNEnumType}. Type of VPN */
public enum VpnType {
    @JsonProperty("IKEv2")
    IK_EV2,
    @JsonProperty("IPSec")
    IP_SEC,
    @JsonProperty("L2TP")
    L2TP,
    @JsonProperty("PPTP")
    PPTP
}
