package io.busbar.predictive;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;

/**
 * An EVSE's latest risk assessment.
 *
 * @param warning      the risk crossed the warning threshold and has not fallen back since
 * @param warningSince when that crossing happened (null when not warned)
 * @param assessedAt   when the risk was last computed (at a session end, fault or reset)
 */
public record EvseRisk(ChargerIdentity charger, int evseId, double risk, List<String> evidence, boolean warning,
                       Instant warningSince, Instant assessedAt) {
    public EvseRisk {
        evidence = List.copyOf(evidence);
    }
}
