package io.busbar.availability.internal;

import io.busbar.availability.AvailabilityProperties;
import io.busbar.availability.PriceSummary;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.pricedisplay.DriverPriceTexts;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffAssignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The price at an EVSE for a driver without a contract: the tariff in force now (EVSE, then site) and the text the
 * charger's display would show (the price display's rules, so the feed, the screen and the bill agree). Quoting
 * costs several queries, so a price is kept for one refresh interval: a new tariff or a time-of-day price step
 * shows up within it.
 */
@Component
class PriceSummaries {
    private static final Logger log = LoggerFactory.getLogger(PriceSummaries.class);
    private final TariffAssignments assignments;
    private final DriverPriceTexts texts;
    private final Clock clock;
    private final AvailabilityProperties properties;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    PriceSummaries(TariffAssignments assignments, DriverPriceTexts texts, Clock clock, AvailabilityProperties properties) {
        this.assignments = assignments;
        this.texts = texts;
        this.clock = clock;
        this.properties = properties;
    }

    /** Null when no tariff applies (or it could not be read: a feed without a price beats no feed). */
    PriceSummary at(ChargerIdentity charger, int evseId) {
        Instant now = clock.instant();
        Key key = new Key(charger, evseId);
        Cached cached = cache.get(key);
        if (cached != null && cached.readAt.plus(properties.refreshInterval()).isAfter(now)) {
            return cached.price.orElse(null);
        }
        Optional<PriceSummary> price = read(charger, evseId, now);
        cache.put(key, new Cached(price, now));
        return price.orElse(null);
    }

    void forgetAll() {
        cache.clear();
    }

    private Optional<PriceSummary> read(ChargerIdentity charger, int evseId, Instant now) {
        try {
            Tariff tariff = assignments.resolve(PricingTarget.evse(charger, evseId), now).version().tariff();
            String text = texts.tariffText(charger, evseId, null).orElse(null);
            return Optional.of(new PriceSummary(tariff.id(), tariff.currency(), text));
        } catch (NoTariffAppliesException | ChargerNotFoundException none) {
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("No price for {}#{} in the public feed: {}", charger, evseId, e.toString());
            return Optional.empty();
        }
    }

    private record Key(ChargerIdentity charger, int evseId) {
    }

    private record Cached(Optional<PriceSummary> price, Instant readAt) {
    }
}
