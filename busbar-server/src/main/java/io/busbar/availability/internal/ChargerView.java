package io.busbar.availability.internal;

import io.busbar.availability.PublicEvse;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;

import java.util.List;
import java.util.Optional;

/** One charger's public EVSEs at its site. */
record ChargerView(ChargerIdentity charger, SiteId site, List<PublicEvse> evses) {
    ChargerView {
        evses = List.copyOf(evses);
    }

    Optional<PublicEvse> evse(int evseId) {
        return evses.stream().filter(evse -> evse.evseId() == evseId).findFirst();
    }
}
