package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Max;
import io.busbar.ocpp.schema.Min;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code DCChargingParametersType}. EV DC charging parameters */
public record DCChargingParameters(
        @Required Integer evMaxCurrent,
        @Required Integer evMaxVoltage,
        Integer energyAmount,
        Integer evMaxPower,
        @Min(0) @Max(100) Integer stateOfCharge,
        Integer evEnergyCapacity,
        @Min(0) @Max(100) Integer fullSoC,
        @Min(0) @Max(100) Integer bulkSoC) {
}
