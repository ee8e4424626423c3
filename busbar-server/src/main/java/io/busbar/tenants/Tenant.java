package io.busbar.tenants;

import java.time.Instant;

/**
 * A CPO, or one brand of a CPO, on this Busbar.
 *
 * @param slug the public handle used in feed URLs, e.g. {@code /api/v1/public/{slug}/availability}
 */
public record Tenant(TenantId id, String slug, String name, Brand brand, Instant createdAt) {
    /** The name drivers see: the brand's, else the tenant's. */
    public String displayName() {
        return brand.name() != null ? brand.name() : name;
    }
}
