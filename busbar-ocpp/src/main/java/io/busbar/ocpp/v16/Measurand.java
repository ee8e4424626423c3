package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a sampled value measures. */
public enum Measurand {
    @JsonProperty("Energy.Active.Export.Register") ENERGY_ACTIVE_EXPORT_REGISTER,
    @JsonProperty("Energy.Active.Import.Register") ENERGY_ACTIVE_IMPORT_REGISTER,
    @JsonProperty("Energy.Reactive.Export.Register") ENERGY_REACTIVE_EXPORT_REGISTER,
    @JsonProperty("Energy.Reactive.Import.Register") ENERGY_REACTIVE_IMPORT_REGISTER,
    @JsonProperty("Energy.Active.Export.Interval") ENERGY_ACTIVE_EXPORT_INTERVAL,
    @JsonProperty("Energy.Active.Import.Interval") ENERGY_ACTIVE_IMPORT_INTERVAL,
    @JsonProperty("Energy.Reactive.Export.Interval") ENERGY_REACTIVE_EXPORT_INTERVAL,
    @JsonProperty("Energy.Reactive.Import.Interval") ENERGY_REACTIVE_IMPORT_INTERVAL,
    @JsonProperty("Power.Active.Export") POWER_ACTIVE_EXPORT,
    @JsonProperty("Power.Active.Import") POWER_ACTIVE_IMPORT,
    @JsonProperty("Power.Offered") POWER_OFFERED,
    @JsonProperty("Power.Reactive.Export") POWER_REACTIVE_EXPORT,
    @JsonProperty("Power.Reactive.Import") POWER_REACTIVE_IMPORT,
    @JsonProperty("Power.Factor") POWER_FACTOR,
    @JsonProperty("Current.Import") CURRENT_IMPORT,
    @JsonProperty("Current.Export") CURRENT_EXPORT,
    @JsonProperty("Current.Offered") CURRENT_OFFERED,
    @JsonProperty("Voltage") VOLTAGE,
    @JsonProperty("Frequency") FREQUENCY,
    @JsonProperty("Temperature") TEMPERATURE,
    @JsonProperty("SoC") SOC,
    @JsonProperty("RPM") RPM
}
