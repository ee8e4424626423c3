package io.busbar.tariffs;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A tariff (OCPI 2.2.1 Tariff plus Busbar's idle policy and schedule-indexed prices). Immutable; maps to JSON as is.
 * Per dimension, the first element whose restrictions hold and which has a component of that dimension prices it
 * (OCPI 2.2.1 Tariff object); a dimension no element prices is free.
 *
 * @param validFrom  OCPI start_date_time, informative here: which tariff prices a session is the assignment's business
 * @param validUntil OCPI end_date_time, likewise
 */
public record Tariff(TariffId id, Currency currency, TariffType type, List<TariffElement> elements,
                     PriceLimit minPrice, PriceLimit maxPrice, IdlePolicy idlePolicy, List<TariffText> altText,
                     String altUrl, Instant validFrom, Instant validUntil) {
    public Tariff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Money.minorUnits(currency);
        if (elements == null || elements.isEmpty()) {
            throw new IllegalArgumentException("tariff " + id + " needs at least one element");
        }
        elements = List.copyOf(elements);
        idlePolicy = idlePolicy == null ? IdlePolicy.NONE : idlePolicy;
        altText = altText == null ? List.of() : List.copyOf(altText);
        if (minPrice != null && maxPrice != null && exceeds(minPrice, maxPrice)) {
            throw new IllegalArgumentException("tariff " + id + " has a minimum price above its maximum price");
        }
    }

    public static Tariff of(String id, String currency, TariffElement... elements) {
        return new Tariff(new TariffId(id), Currency.getInstance(currency), null, List.of(elements), null, null,
                IdlePolicy.NONE, List.of(), null, null, null);
    }

    public Tariff withMinPrice(PriceLimit limit) {
        return new Tariff(id, currency, type, elements, limit, maxPrice, idlePolicy, altText, altUrl, validFrom, validUntil);
    }

    public Tariff withMaxPrice(PriceLimit limit) {
        return new Tariff(id, currency, type, elements, minPrice, limit, idlePolicy, altText, altUrl, validFrom, validUntil);
    }

    public Tariff withIdlePolicy(IdlePolicy policy) {
        return new Tariff(id, currency, type, elements, minPrice, maxPrice, policy, altText, altUrl, validFrom, validUntil);
    }

    private static boolean exceeds(PriceLimit min, PriceLimit max) {
        return min.exclVat() != null && max.exclVat() != null && min.exclVat().compareTo(max.exclVat()) > 0
                || min.inclVat() != null && max.inclVat() != null && min.inclVat().compareTo(max.inclVat()) > 0;
    }
}
