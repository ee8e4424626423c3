package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code ChargingNeedsType}. */
public record ChargingNeeds(
        ACChargingParameters acChargingParameters,
        DCChargingParameters dcChargingParameters,
        @Required EnergyTransferMode requestedEnergyTransfer,
        Instant departureTime) {
}
