package io.busbar.tenants;

public class TenantNotFoundException extends RuntimeException {
    public TenantNotFoundException(String idOrSlug) {
        super("No tenant " + idOrSlug);
    }
}
