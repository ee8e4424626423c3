package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.diagnostics.LogUploadId;
import io.busbar.diagnostics.LogUploads;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A log request belongs to the tenant of its charger. */
@Component
class LogRequestOwnership implements OwnedResources {
    private final LogUploads uploads;
    private final ChargerRegistry chargers;

    LogRequestOwnership(LogUploads uploads, ChargerRegistry chargers) {
        this.uploads = uploads;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "log-requests";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return uploads.find(new LogUploadId(UUID.fromString(id))).flatMap(upload -> chargers.tenantOf(upload.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No log request " + UUID.fromString(id));
    }
}
