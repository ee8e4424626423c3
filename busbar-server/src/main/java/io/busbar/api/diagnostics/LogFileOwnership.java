package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.diagnostics.LogFileId;
import io.busbar.diagnostics.LogUploads;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A received log file belongs to the tenant of the charger that uploaded it. */
@Component
class LogFileOwnership implements OwnedResources {
    private final LogUploads uploads;
    private final ChargerRegistry chargers;

    LogFileOwnership(LogUploads uploads, ChargerRegistry chargers) {
        this.uploads = uploads;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "logs";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return uploads.content(new LogFileId(UUID.fromString(id))).flatMap(content -> chargers.tenantOf(content.file().charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No log file " + UUID.fromString(id));
    }
}
