package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MonitoringBaseEnumType}. Specify which monitoring base will be set */
public enum MonitoringBase {
    @JsonProperty("All")
    ALL,
    @JsonProperty("FactoryDefault")
    FACTORY_DEFAULT,
    @JsonProperty("HardWiredOnly")
    HARD_WIRED_ONLY
}
