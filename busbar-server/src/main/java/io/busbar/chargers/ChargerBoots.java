package io.busbar.chargers;

import java.time.Instant;

/** Records boots. */
public interface ChargerBoots {
    /**
     * Stores what the charger says about itself and decides the answer. An unknown identity is created here
     * according to the unknown-charger policy (PENDING or ACCEPTED).
     */
    BootDecision boot(ChargerIdentity identity, ChargerDescription description, String protocol, Instant at);
}
