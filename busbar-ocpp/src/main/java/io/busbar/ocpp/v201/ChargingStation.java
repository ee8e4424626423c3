package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ChargingStationType}. The physical system where an Electrical Vehicle (EV) can be charged. */
public record ChargingStation(
        @MaxLength(25) String serialNumber,
        @Required @MaxLength(20) String model,
        Modem modem,
        @Required @MaxLength(50) String vendorName,
        @MaxLength(50) String firmwareVersion) {
}
