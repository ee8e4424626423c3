package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.diagnostics.FirmwareImageId;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Firmware images belong to the tenant that uploaded them. */
@Component
class FirmwareImageOwnership implements OwnedResources {
    private final FirmwareImages images;

    FirmwareImageOwnership(FirmwareImages images) {
        this.images = images;
    }

    @Override
    public String collection() {
        return "firmware";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return images.tenantOf(new FirmwareImageId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No firmware image " + UUID.fromString(id));
    }
}
