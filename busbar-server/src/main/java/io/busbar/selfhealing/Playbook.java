package io.busbar.selfhealing;

import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What self-healing does for one fault type (and optionally one fault code), in one scope: the default (no site,
 * no model), one site, or one charger model (vendor + model). The most specific enabled-or-not playbook wins:
 * model, then site, then default; within a scope one for the fault's code beats one for any code. A disabled
 * winner means: do nothing automatically for that scope.
 */
public record Playbook(UUID id, FaultType faultType, String faultCode, SiteId siteId, String vendor, String model,
                       boolean enabled, List<PlaybookStep> steps, int version, Instant updatedAt, String updatedBy) {
    public Playbook {
        steps = List.copyOf(steps);
    }
}
