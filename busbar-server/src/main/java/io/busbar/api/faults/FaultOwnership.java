package io.busbar.api.faults;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.faults.FaultId;
import io.busbar.faults.Faults;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A fault belongs to the tenant of its charger. */
@Component
class FaultOwnership implements OwnedResources {
    private final Faults faults;
    private final ChargerRegistry chargers;

    FaultOwnership(Faults faults, ChargerRegistry chargers) {
        this.faults = faults;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "faults";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return faults.find(new FaultId(UUID.fromString(id))).flatMap(fault -> chargers.tenantOf(fault.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No fault " + UUID.fromString(id));
    }
}
