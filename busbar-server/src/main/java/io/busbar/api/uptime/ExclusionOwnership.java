package io.busbar.api.uptime;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Site;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import io.busbar.uptime.Exclusion;
import io.busbar.uptime.ExclusionId;
import io.busbar.uptime.ExclusionKind;
import io.busbar.uptime.Exclusions;

import java.util.Optional;
import java.util.UUID;

/**
 * Maintenance windows and grid outages belong to the tenant of their site or charger. One instance per kind (see
 * {@link UptimeOwnershipConfiguration}): an id of the other kind is missing here, as its handler answers.
 */
final class ExclusionOwnership implements OwnedResources {
    private final String collection;
    private final ExclusionKind kind;
    private final Exclusions exclusions;
    private final Sites sites;
    private final ChargerRegistry chargers;

    ExclusionOwnership(String collection, ExclusionKind kind, Exclusions exclusions, Sites sites,
                       ChargerRegistry chargers) {
        this.collection = collection;
        this.kind = kind;
        this.exclusions = exclusions;
        this.sites = sites;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return exclusions.find(new ExclusionId(UUID.fromString(id))).filter(found -> found.kind() == kind)
                    .flatMap(this::ownerOf);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<TenantId> ownerOf(Exclusion exclusion) {
        return exclusion.site() != null ? sites.find(exclusion.site()).map(Site::tenant)
                : chargers.tenantOf(exclusion.charger());
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND,
                ExclusionController.notFoundDetail(kind, UUID.fromString(id)));
    }
}
