package io.busbar.faults;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault began (published once per fault, inside the transaction that stored it).
 *
 * @param evseId null for the charger as a whole
 * @param code   the source's own code (e.g. 1.6 "GroundFailure", a vendor code, an event's techCode); may be null
 */
public record FaultOpened(FaultId fault, ChargerIdentity charger, Integer evseId, FaultType type,
                          FaultSeverity severity, String code, String description, Instant at) {
    public FaultOpened {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(at, "at");
    }
}
