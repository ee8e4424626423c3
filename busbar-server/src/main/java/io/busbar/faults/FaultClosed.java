package io.busbar.faults;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.Objects;

/** A fault ended: the charger reported recovery, came back, or an operator closed it. Published once per fault. */
public record FaultClosed(FaultId fault, ChargerIdentity charger, Integer evseId, FaultType type,
                          FaultSeverity severity, Instant openedAt, Instant closedAt, String closedBecause) {
    public FaultClosed {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
