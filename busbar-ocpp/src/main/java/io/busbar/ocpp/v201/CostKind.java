package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code CostKindEnumType}. The kind of cost referred to in the message element amount */
public enum CostKind {
    @JsonProperty("CarbonDioxideEmission")
    CARBON_DIOXIDE_EMISSION,
    @JsonProperty("RelativePricePercentage")
    RELATIVE_PRICE_PERCENTAGE,
    @JsonProperty("RenewableGenerationPercentage")
    RENEWABLE_GENERATION_PERCENTAGE
}
