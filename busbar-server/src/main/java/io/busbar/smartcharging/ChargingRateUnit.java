package io.busbar.smartcharging;

import io.busbar.commands.InvalidCommandException;

/** The unit of a charging limit: amperes per phase or watts in total (OCPP 1.6 and 2.0.1 chargingRateUnit). */
public enum ChargingRateUnit {
    A, W;

    static ChargingRateUnit require(ChargingRateUnit unit) {
        if (unit == null) {
            throw new InvalidCommandException("unit must be A or W");
        }
        return unit;
    }
}
