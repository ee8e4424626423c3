package io.busbar.api.billing;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.billing.CdrId;
import io.busbar.billing.Cdrs;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A CDR (and its credit notes) belongs to the tenant of the charger its session ran at. */
@Component
class CdrOwnership implements OwnedResources {
    private final Cdrs cdrs;
    private final ChargerRegistry chargers;

    CdrOwnership(Cdrs cdrs, ChargerRegistry chargers) {
        this.cdrs = cdrs;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "cdrs";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return cdrs.find(new CdrId(UUID.fromString(id))).flatMap(cdr -> chargers.tenantOf(cdr.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return CdrController.notFound(UUID.fromString(id));
    }
}
