package io.busbar.predictive.method;

import java.time.Instant;
import java.util.Objects;

/**
 * One sampled value in SI units as the method needs it: Temperature in °C, Voltage in V, Current.Import in A.
 *
 * @param phase    "L1", "L2", "L3" or null (not phase-specific); "L1-N" style phases are given as "L1"
 * @param location OCPP location ("Outlet", "Cable", "Body", "Inlet", "EV") or null
 */
public record Measurement(Instant at, Quantity quantity, String phase, String location, double value) {
    public Measurement {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quantity, "quantity");
    }

    public enum Quantity { TEMPERATURE, VOLTAGE, CURRENT }
}
