package io.busbar.api.tenancy;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link OwnedResources} of every collection, and the collections whose ids only mean something under a parent
 * that is checked itself (an EVSE number under a charger).
 */
@Component
public class OwnershipRegistry {
    /** Ids local to their parent resource: checking the parent is enough. */
    static final Set<String> CHILDREN = Set.of("evses", "connectors", "settings", "tags", "display-messages");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OwnershipRegistry.class);

    private final Map<String, OwnedResources> byCollection = new HashMap<>();

    OwnershipRegistry(List<OwnedResources> resolvers) {
        for (OwnedResources resolver : resolvers) {
            OwnedResources previous = byCollection.put(resolver.collection(), resolver);
            if (previous != null) {
                throw new IllegalStateException("Two owners for the collection " + resolver.collection() + ": "
                        + previous.getClass().getName() + " and " + resolver.getClass().getName());
            }
        }
    }

    boolean isChild(String collection) {
        return CHILDREN.contains(collection);
    }

    /** Whether a collection's ids are checked, for the test that every operation is covered. */
    public boolean covers(String collection) {
        return isChild(collection) || byCollection.containsKey(collection);
    }

    OwnedResources resolverOf(String collection) {
        OwnedResources resolver = byCollection.get(collection);
        if (resolver == null) {
            // Fails closed: an operation whose ids nobody can vouch for is nobody's (CrossTenantTest catches it first).
            log.error("No OwnedResources for the collection '{}': every request naming one is refused", collection);
            return new Unguarded(collection);
        }
        return resolver;
    }

    /** Owned by a tenant no caller ever is. */
    private record Unguarded(String collection) implements OwnedResources {
        private static final TenantId NOBODY = new TenantId(new java.util.UUID(0, 0));

        @Override
        public Optional<TenantId> owner(String id) {
            return Optional.of(NOBODY);
        }

        @Override
        public ProblemException notFound(String id) {
            return new ProblemException(ProblemType.NOT_FOUND, "No such resource: " + id);
        }
    }
}
