package io.busbar.api.tariffs;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffId;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tariffs belong to a tenant directly (every version has the tariff's tenant). */
@Component
class TariffOwnership implements OwnedResources {
    private final TariffCatalog catalog;

    TariffOwnership(TariffCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String collection() {
        return "tariffs";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return catalog.ownerOf(new TariffId(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As {@link TariffProblems} answers a {@code TariffNotFoundException}. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.TARIFF_NOT_FOUND, "No tariff " + id);
    }

    static String noAssignment(String id) {
        return "No tariff assignment " + id;
    }
}
