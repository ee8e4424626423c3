package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdates;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A firmware update belongs to the tenant of its charger. */
@Component
class FirmwareUpdateOwnership implements OwnedResources {
    private final FirmwareUpdates updates;
    private final ChargerRegistry chargers;

    FirmwareUpdateOwnership(FirmwareUpdates updates, ChargerRegistry chargers) {
        this.updates = updates;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "firmware-updates";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return updates.find(new FirmwareUpdateId(UUID.fromString(id))).flatMap(update -> chargers.tenantOf(update.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No firmware update " + UUID.fromString(id));
    }
}
