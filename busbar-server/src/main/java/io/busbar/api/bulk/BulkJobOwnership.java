package io.busbar.api.bulk;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.bulk.BulkJobId;
import io.busbar.bulk.BulkJobs;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A bulk job belongs to the tenant that started it (and only ever targets that tenant's chargers). */
@Component
class BulkJobOwnership implements OwnedResources {
    private final BulkJobs jobs;

    BulkJobOwnership(BulkJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public String collection() {
        return "bulk-jobs";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return jobs.tenantOf(new BulkJobId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No bulk job " + UUID.fromString(id));
    }
}
