package io.busbar.api.driver;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.drivers.DriverId;
import io.busbar.drivers.Drivers;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who owns {@code /api/v1/drivers/{id}}: the driver's tenant (ADR 0012). */
@Component
class DriverOwnership implements OwnedResources {
    private final Drivers drivers;

    DriverOwnership(Drivers drivers) {
        this.drivers = drivers;
    }

    @Override
    public String collection() {
        return "drivers";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        return DriverId.parse(id).flatMap(drivers::ownerOf);
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No driver " + id);
    }
}
