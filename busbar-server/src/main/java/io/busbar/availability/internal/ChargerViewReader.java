package io.busbar.availability.internal;

import io.busbar.availability.PublicEvse;
import io.busbar.chargers.Charger;
import io.busbar.faults.Faults;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads what drivers see at one charger: its statuses and open faults fresh, descriptions and prices cached. */
@Component
class ChargerViewReader {
    private final Faults faults;
    private final ConnectorDescriptions descriptions;
    private final PriceSummaries prices;

    ChargerViewReader(Faults faults, ConnectorDescriptions descriptions, PriceSummaries prices) {
        this.faults = faults;
        this.descriptions = descriptions;
        this.prices = prices;
    }

    /** Empty when drivers cannot see the charger (not accepted, no site, no EVSE reported). */
    Optional<ChargerView> read(Charger charger) {
        if (charger.siteId() == null || charger.evses().stream().noneMatch(evse -> evse.evseId() > 0)) {
            return Optional.empty();
        }
        List<PublicEvse> evses = PublicStatusRules.evses(charger, charger.online() ? faults.open(charger.identity()) : List.of(),
                descriptions.of(charger.identity()), evse -> prices.at(charger.identity(), evse));
        return evses.isEmpty() ? Optional.empty() : Optional.of(new ChargerView(charger.identity(), charger.siteId(), evses));
    }
}
