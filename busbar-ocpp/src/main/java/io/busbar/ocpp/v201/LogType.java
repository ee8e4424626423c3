package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code LogEnumType}. This contains the type of log file that the Charging Station should send. */
public enum LogType {
    @JsonProperty("DiagnosticsLog")
    DIAGNOSTICS_LOG,
    @JsonProperty("SecurityLog")
    SECURITY_LOG
}
