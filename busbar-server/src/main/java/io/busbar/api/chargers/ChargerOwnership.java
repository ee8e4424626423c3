package io.busbar.api.chargers;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Chargers belong to a tenant directly; everything under {@code /chargers/{identity}/...} follows its charger. */
@Component
class ChargerOwnership implements OwnedResources {
    private final ChargerRegistry registry;

    ChargerOwnership(ChargerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String collection() {
        return "chargers";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return registry.tenantOf(new ChargerIdentity(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.CHARGER_NOT_FOUND, "No charger " + id);
    }
}
