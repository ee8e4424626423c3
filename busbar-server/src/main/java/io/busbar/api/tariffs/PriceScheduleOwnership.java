package io.busbar.api.tariffs;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tariffs.PriceScheduleBook;
import io.busbar.tariffs.PriceScheduleId;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A price schedule belongs to the tenant that recorded its first entries. Ids are unique across tenants: a PUT of
 * another tenant's id is answered like a read of a schedule that does not exist.
 */
@Component
class PriceScheduleOwnership implements OwnedResources {
    private final PriceScheduleBook schedules;

    PriceScheduleOwnership(PriceScheduleBook schedules) {
        this.schedules = schedules;
    }

    @Override
    public String collection() {
        return "price-schedules";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return schedules.ownerOf(new PriceScheduleId(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return missing(id);
    }

    static ProblemException missing(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No price schedule " + id);
    }
}
