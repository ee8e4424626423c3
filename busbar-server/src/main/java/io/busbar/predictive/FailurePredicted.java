package io.busbar.predictive;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An EVSE's risk crossed the warning threshold (published once per crossing, inside the transaction that stored the
 * assessment; it is published again only after the risk fell back below the threshold).
 *
 * @param risk     0 (healthy) to 1 (failure imminent)
 * @param evidence the signals behind the score, in words with numbers (e.g. "connector temperature at 32 A rose
 *                 from 41 °C to 58 °C over 14 days")
 */
public record FailurePredicted(ChargerIdentity charger, int evseId, double risk, List<String> evidence, Instant at) {
    public FailurePredicted {
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(at, "at");
        if (risk < 0 || risk > 1) {
            throw new IllegalArgumentException("risk is between 0 and 1");
        }
        evidence = List.copyOf(evidence);
    }
}
