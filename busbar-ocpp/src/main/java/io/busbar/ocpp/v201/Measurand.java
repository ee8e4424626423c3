package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MeasurandEnumType}. Type of measurement. Default = "Energy.Active.Import.Register" */
public enum Measurand {
    @JsonProperty("Current.Export")
    CURRENT_EXPORT,
    @JsonProperty("Current.Import")
    CURRENT_IMPORT,
    @JsonProperty("Current.Offered")
    CURRENT_OFFERED,
    @JsonProperty("Energy.Active.Export.Register")
    ENERGY_ACTIVE_EXPORT_REGISTER,
    @JsonProperty("Energy.Active.Import.Register")
    ENERGY_ACTIVE_IMPORT_REGISTER,
    @JsonProperty("Energy.Reactive.Export.Register")
    ENERGY_REACTIVE_EXPORT_REGISTER,
    @JsonProperty("Energy.Reactive.Import.Register")
    ENERGY_REACTIVE_IMPORT_REGISTER,
    @JsonProperty("Energy.Active.Export.Interval")
    ENERGY_ACTIVE_EXPORT_INTERVAL,
    @JsonProperty("Energy.Active.Import.Interval")
    ENERGY_ACTIVE_IMPORT_INTERVAL,
    @JsonProperty("Energy.Active.Net")
    ENERGY_ACTIVE_NET,
    @JsonProperty("Energy.Reactive.Export.Interval")
    ENERGY_REACTIVE_EXPORT_INTERVAL,
    @JsonProperty("Energy.Reactive.Import.Interval")
    ENERGY_REACTIVE_IMPORT_INTERVAL,
    @JsonProperty("Energy.Reactive.Net")
    ENERGY_REACTIVE_NET,
    @JsonProperty("Energy.Apparent.Net")
    ENERGY_APPARENT_NET,
    @JsonProperty("Energy.Apparent.Import")
    ENERGY_APPARENT_IMPORT,
    @JsonProperty("Energy.Apparent.Export")
    ENERGY_APPARENT_EXPORT,
    @JsonProperty("Frequency")
    FREQUENCY,
    @JsonProperty("Power.Active.Export")
    POWER_ACTIVE_EXPORT,
    @JsonProperty("Power.Active.Import")
    POWER_ACTIVE_IMPORT,
    @JsonProperty("Power.Factor")
    POWER_FACTOR,
    @JsonProperty("Power.Offered")
    POWER_OFFERED,
    @JsonProperty("Power.Reactive.Export")
    POWER_REACTIVE_EXPORT,
    @JsonProperty("Power.Reactive.Import")
    POWER_REACTIVE_IMPORT,
    @JsonProperty("SoC")
    SOC,
    @JsonProperty("Voltage")
    VOLTAGE
}
