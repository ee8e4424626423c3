package io.busbar.api.tenancy;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tenants.TenantId;

import java.util.Optional;

/**
 * Tells the {@link TenantGuard} who owns the resources of one URL collection, so that no handler ever runs on
 * another tenant's resource. One bean per collection; the collection is the path segment before the variable, e.g.
 * {@code sessions} in {@code /api/v1/sessions/{id}}.
 */
public interface OwnedResources {
    String collection();

    /** The owner of the resource with this id, as written in the URL; empty when it does not exist or is malformed. */
    Optional<TenantId> owner(String id);

    /**
     * What a caller of another tenant gets: exactly what the handler answers for a resource that does not exist,
     * so that nothing confirms another tenant's resource exists.
     */
    default ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No such resource: " + id);
    }
}
