package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Unit of a sampled value. The 2019 schemas list both the original misspelling {@code Celcius} and {@code Celsius}: chargers send either. */
public enum UnitOfMeasure {
    @JsonProperty("Wh") WH,
    @JsonProperty("kWh") KWH,
    @JsonProperty("varh") VARH,
    @JsonProperty("kvarh") KVARH,
    @JsonProperty("W") W,
    @JsonProperty("kW") KW,
    @JsonProperty("VA") VA,
    @JsonProperty("kVA") KVA,
    @JsonProperty("var") VAR,
    @JsonProperty("kvar") KVAR,
    @JsonProperty("A") A,
    @JsonProperty("V") V,
    @JsonProperty("K") K,
    @JsonProperty("Celcius") CELCIUS,
    @JsonProperty("Celsius") CELSIUS,
    @JsonProperty("Fahrenheit") FAHRENHEIT,
    @JsonProperty("Percent") PERCENT
}
