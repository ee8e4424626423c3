package io.busbar.tenants;

import java.util.List;
import java.util.Optional;

/** The tenants of this Busbar. Creating tenants is a platform operator's act, never a tenant's. */
public interface Tenants {
    /**
     * @throws TenantSlugTakenException when another tenant has the slug
     * @throws IllegalArgumentException for a malformed slug, name or brand
     */
    Tenant create(String slug, String name, Brand brand);

    /** @throws TenantNotFoundException */
    Tenant changeBrand(TenantId id, Brand brand);

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findBySlug(String slug);

    /** By slug. */
    List<Tenant> list();

    default Tenant require(TenantId id) {
        return find(id).orElseThrow(() -> new TenantNotFoundException(id.toString()));
    }
}
