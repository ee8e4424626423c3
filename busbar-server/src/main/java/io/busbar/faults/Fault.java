package io.busbar.faults;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.Map;

/**
 * One fault interval as operators see it: open while {@code closedAt} is null.
 *
 * @param evseId null for the charger as a whole
 * @param source the details of what raised it (the report, event or session), JSON-compatible values
 */
public record Fault(FaultId id, ChargerIdentity charger, Integer evseId, FaultType type, FaultSeverity severity,
                    String code, String description, Map<String, Object> source, Instant openedAt,
                    Instant closedAt, String closedBecause) {
    public boolean open() {
        return closedAt == null;
    }
}
