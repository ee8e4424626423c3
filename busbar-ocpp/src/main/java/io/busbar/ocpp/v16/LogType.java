package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which log a GetLog asks for (1.6 Security whitepaper, LogEnumType). */
public enum LogType {
    @JsonProperty("DiagnosticsLog") DIAGNOSTICS_LOG,
    @JsonProperty("SecurityLog") SECURITY_LOG
}
