package io.busbar.pricedisplay.internal;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.QuoteRequest;
import io.busbar.tariffs.TariffPricing;
import io.busbar.tariffs.TariffPricing.PricedQuote;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tariff text for a driver at an EVSE now: the tariff in force (EVSE, then the driver's token group, site,
 * partner) quoted for a nominal session, one hour at 11 kW then a day plugged in, so every price component the
 * driver could pay shows up with the price in force at the start. Power-banded tariffs therefore show their 11 kW
 * price (docs/price-display.md).
 */
@Component
class TariffTexts {
    private static final Power NOMINAL_POWER = Power.ofWatts(11_000);
    private static final Current NOMINAL_CURRENT = Current.ofAmps(16);
    private static final Duration NOMINAL_CHARGING = Duration.ofHours(1);
    private static final Duration NOMINAL_IDLE = Duration.ofHours(24);

    private final TariffPricing pricing;
    private final IdTokens idTokens;
    private final ChargerRegistry chargers;
    private final Clock clock;

    TariffTexts(TariffPricing pricing, IdTokens idTokens, ChargerRegistry chargers, Clock clock) {
        this.pricing = pricing;
        this.idTokens = idTokens;
        this.chargers = chargers;
        this.clock = clock;
    }

    /**
     * Empty when no tariff applies, or when {@code evseId} is null (the message names no EVSE, as Authorize in 1.6
     * §4.2 and 2.0.1 C01) and the charger's EVSEs have different texts: a text that may be wrong is not shown.
     */
    Optional<String> text(ChargerIdentity charger, Integer evseId, IdToken token) {
        // only a token of the charger's tenant has a group here (issue 7)
        String group = token == null ? null : chargers.tenantOf(charger)
                .flatMap(tenant -> idTokens.find(tenant, token.value())).map(TokenRecord::groupId).orElse(null);
        Instant now = clock.instant();
        Set<String> texts = new HashSet<>();
        for (int evse : evseId != null && evseId > 0 ? List.of(evseId) : evsesOf(charger)) {
            try {
                PricedQuote quote = pricing.quote(new PricingTarget(charger, evse, group, null),
                        QuoteRequest.forChargingTime(now, NOMINAL_CHARGING, NOMINAL_POWER, NOMINAL_CURRENT)
                                .thenIdleFor(NOMINAL_IDLE));
                texts.add(PriceTexts.tariffText(quote.resolution().version().tariff(), quote.quote().breakdown()));
            } catch (NoTariffAppliesException e) {
                texts.add("");
            }
        }
        return texts.size() == 1 ? texts.stream().filter(text -> !text.isEmpty()).findFirst() : Optional.empty();
    }

    /** The EVSEs the charger reported; EVSE 1 when it reported none yet. */
    private List<Integer> evsesOf(ChargerIdentity charger) {
        List<Integer> evses = chargers.find(charger).map(Charger::evses).orElse(List.of()).stream()
                .map(Charger.Evse::evseId).filter(id -> id > 0).toList();
        return evses.isEmpty() ? List.of(1) : evses;
    }
}
