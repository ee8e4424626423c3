package io.busbar.drivers;

import io.busbar.tenants.TenantId;

import java.util.Objects;

/** An authenticated driver: who is calling the driver API, and in which tenant. */
public record DriverPrincipal(TenantId tenant, DriverId driver) {
    public DriverPrincipal {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(driver, "driver");
    }
}
