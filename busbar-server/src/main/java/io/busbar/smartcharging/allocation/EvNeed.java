package io.busbar.smartcharging.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * What one EV still needs, in the allocator's working units: {@code energyKwh} (empty = unknown),
 * {@code hoursLeft} until its (known or default) departure, and {@code maxKw} at its maximum current.
 */
record EvNeed(ConnectedEv ev, Instant departure, double hoursLeft, double maxKw, Optional<Double> energyKwh) {
    /**
     * Most urgent first: least laxity (time left minus time needed at full power; the order of Least Laxity First,
     * Dertouzos and Mok 1989, used as a baseline by ACN-Sim), then earliest departure, lowest SoC, earliest plug-in.
     */
    static final Comparator<EvNeed> URGENCY = Comparator.comparingDouble(EvNeed::laxityHours)
            .thenComparing(EvNeed::departure)
            .thenComparingInt(need -> need.ev().stateOfChargePercent().orElse(101))
            .thenComparing(need -> need.ev().pluggedInAt())
            .thenComparing(need -> need.ev().evseId());

    /** The constant power that delivers the energy just in time (at most the maximum); 0 when unknown. */
    double needKw() {
        return Math.min(maxKw, energyKwh.orElse(0.0) / hoursLeft);
    }

    double laxityHours() {
        if (maxKw <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return hoursLeft - energyKwh.map(kwh -> kwh / maxKw).orElse(0.0);
    }

}
