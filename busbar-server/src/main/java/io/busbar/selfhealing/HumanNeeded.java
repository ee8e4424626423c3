package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultSeverity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A playbook ran out of automatic steps (or its last step is "call a human"): a maintenance ticket and an alert are
 * due. Published once per playbook run, inside the transaction that recorded its end.
 *
 * @param run          the playbook run, unique: a listener opening a ticket uses it to do so once
 * @param evseId       null for the charger as a whole
 * @param actionsTried what was done and how it ended, in order (e.g. "SOFT_RESET: Accepted, not recovered")
 */
public record HumanNeeded(UUID run, FaultId fault, ChargerIdentity charger, Integer evseId, FaultSeverity severity,
                          String summary, List<String> actionsTried, Instant at) {
    public HumanNeeded {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(at, "at");
        actionsTried = List.copyOf(actionsTried);
    }
}
