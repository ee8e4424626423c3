package io.busbar.tenants;

/** A tenant was created; published in the creating transaction, so modules can give it its starting set-up. */
public record TenantCreated(TenantId tenant) {
}
