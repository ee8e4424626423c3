package io.busbar.api.sites;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

@Component
class SiteOwnership implements OwnedResources {
    private final Sites sites;

    SiteOwnership(Sites sites) {
        this.sites = sites;
    }

    @Override
    public String collection() {
        return "sites";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return sites.find(new SiteId(UUID.fromString(id))).map(Site::tenant);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + id);
    }
}
