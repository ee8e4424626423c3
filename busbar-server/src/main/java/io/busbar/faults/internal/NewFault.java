package io.busbar.faults.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A fault to open; {@code evseId} null for the whole charger. */
record NewFault(ChargerIdentity charger, Integer evseId, FaultType type, FaultSeverity severity, String code,
                String description, Map<String, Object> source, Instant at) {
    NewFault {
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(at, "at");
        source = source == null ? Map.of() : source;
    }
}
