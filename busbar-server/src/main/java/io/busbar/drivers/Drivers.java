package io.busbar.drivers;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** The drivers of each tenant. */
public interface Drivers {
    /**
     * Creates the driver with a prepaid billing account and an app token (type CENTRAL) that charges on it.
     *
     * @throws DriverEmailTakenException when the tenant has a driver with this e-mail (any case)
     */
    Driver signUp(TenantId tenant, NewDriver driver);

    /** The driver, only when it belongs to the tenant. */
    Optional<Driver> find(TenantId tenant, DriverId id);

    /** The tenant owning the driver, for ownership checks; empty when there is no such driver. */
    Optional<TenantId> ownerOf(DriverId id);

    /**
     * The tenant's drivers in sign-up order; {@code emailContains} (case-insensitive, may be null) filters;
     * {@code after} an exclusive cursor.
     */
    List<Driver> list(TenantId tenant, String emailContains, DriverId after, int limit);
}
