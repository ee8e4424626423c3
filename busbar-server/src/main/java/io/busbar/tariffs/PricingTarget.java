package io.busbar.tariffs;

import io.busbar.chargers.ChargerIdentity;

import java.util.Objects;

/**
 * Where and for whom a price is asked: the EVSE, and optionally the driver's token group and roaming partner.
 * The site comes from the charger.
 */
public record PricingTarget(ChargerIdentity charger, int evseId, String tokenGroup, String partner) {
    public PricingTarget {
        Objects.requireNonNull(charger, "charger");
        if (evseId < 1) {
            throw new IllegalArgumentException("an EVSE id is 1 or more: " + evseId);
        }
    }

    public static PricingTarget evse(ChargerIdentity charger, int evseId) {
        return new PricingTarget(charger, evseId, null, null);
    }
}
