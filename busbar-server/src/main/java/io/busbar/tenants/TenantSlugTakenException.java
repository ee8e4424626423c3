package io.busbar.tenants;

public class TenantSlugTakenException extends RuntimeException {
    public TenantSlugTakenException(String slug) {
        super("Another tenant already uses the slug '" + slug + "'");
    }
}
