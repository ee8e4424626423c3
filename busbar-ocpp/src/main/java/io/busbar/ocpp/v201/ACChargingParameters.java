package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ACChargingParametersType}. EV AC charging parameters. */
public record ACChargingParameters(
        @Required Integer energyAmount,
        @Required Integer evMinCurrent,
        @Required Integer evMaxCurrent,
        @Required Integer evMaxVoltage) {
}
