package io.busbar.smartcharging.allocation;

import java.util.Objects;

/**
 * A delta-wye transformer in front of the site: the site's line currents are its secondary currents; its primary
 * line currents are I_a = (I_1 - I_3) / ratio, I_b = (I_2 - I_1) / ratio, I_c = (I_3 - I_2) / ratio (phasors), as in
 * Caltech's ACN model (Lee et al., "ACN-Sim", 2021: 150 kVA, 480 V delta primary, 120/208 V wye secondary, ratio 4).
 * Each primary current is limited by {@code primaryLimits}.
 */
public record Transformer(double ratio, PhaseCurrents primaryLimits) {
    public Transformer {
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("transformer ratio must be a positive number: " + ratio);
        }
        Objects.requireNonNull(primaryLimits, "primaryLimits");
    }
}
