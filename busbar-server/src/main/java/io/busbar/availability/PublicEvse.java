package io.busbar.availability;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Power;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One EVSE as drivers see it.
 *
 * @param price null when no tariff is assigned
 * @param at    when this view last changed (Busbar's clock)
 */
public record PublicEvse(ChargerIdentity charger, int evseId, PublicStatus status, List<PublicConnector> connectors,
                         PriceSummary price, Instant at) {
    public PublicEvse {
        Objects.requireNonNull(charger, "charger");
        Objects.requireNonNull(status, "status");
        connectors = List.copyOf(connectors);
    }

    /** The largest power of its connectors; null when none is known. */
    public Power maxPower() {
        return connectors.stream().map(PublicConnector::maxPower).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Same for a driver: everything but {@link #at()}. */
    public boolean sameAs(PublicEvse other) {
        return other != null && charger.equals(other.charger) && evseId == other.evseId && status == other.status
                && connectors.equals(other.connectors) && Objects.equals(price, other.price);
    }

    /** The same view, changed at {@code changedAt}. */
    public PublicEvse changedAt(Instant changedAt) {
        return new PublicEvse(charger, evseId, status, connectors, price, changedAt);
    }
}
