package io.busbar.api.chargers;

import io.busbar.api.keys.Callers;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import org.springframework.stereotype.Component;

/**
 * A charger named in a request body (a quote, a payment at a terminal) must be the caller's: another tenant's is
 * answered exactly like a charger that does not exist.
 */
@Component
public class OwnChargers {
    private final ChargerRegistry registry;
    private final ChargerOwnership ownership;

    OwnChargers(ChargerRegistry registry, ChargerOwnership ownership) {
        this.registry = registry;
        this.ownership = ownership;
    }

    /** @throws ProblemException (charger not found) unless the caller's tenant has this charger */
    public ChargerIdentity require(String identity) {
        ChargerIdentity charger;
        try {
            charger = new ChargerIdentity(identity);
        } catch (IllegalArgumentException malformed) {
            throw ownership.notFound(identity);
        }
        if (!registry.tenantOf(charger).map(Callers.tenant()::equals).orElse(false)) {
            throw ownership.notFound(identity);
        }
        return charger;
    }
}
