package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;

import java.util.Objects;

/** One EVSE of one charger; {@link #key()} is its id in the allocator's topology. */
record EvseRef(ChargerIdentity charger, int evseId) {
    EvseRef {
        Objects.requireNonNull(charger, "charger");
    }

    String key() {
        return charger.value() + "#" + evseId;
    }
}
