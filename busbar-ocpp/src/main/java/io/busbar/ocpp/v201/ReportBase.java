package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ReportBaseEnumType}. This field specifies the report base. */
public enum ReportBase {
    @JsonProperty("ConfigurationInventory")
    CONFIGURATION_INVENTORY,
    @JsonProperty("FullInventory")
    FULL_INVENTORY,
    @JsonProperty("SummaryInventory")
    SUMMARY_INVENTORY
}
