package io.busbar.api.tariffs;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A tariff assignment belongs to the tenant of its tariff. */
@Component
class TariffAssignmentOwnership implements OwnedResources {
    private final TariffAssignments assignments;

    TariffAssignmentOwnership(TariffAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public String collection() {
        return "tariff-assignments";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return assignments.ownerOf(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.TARIFF_NOT_FOUND, TariffOwnership.noAssignment(id));
    }
}
