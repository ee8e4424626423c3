package io.busbar.tariffs;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored tariffs and all their versions. Nothing is ever deleted or rewritten. */
public interface TariffCatalog {
    /**
     * Version 1 of a new tariff of the tenant. Tariff ids are unique across tenants (sessions and assignments name a
     * tariff by id alone).
     *
     * @throws TariffConflictException if the id exists, whichever tenant has it
     */
    TariffVersion create(TenantId tenant, Tariff tariff);

    /** A new version of an existing tariff (of the same tenant), in force from now. @throws TariffNotFoundException */
    TariffVersion update(Tariff tariff);

    /** The tenant owning the tariff, if it exists. */
    Optional<TenantId> ownerOf(TariffId id);

    Optional<TariffVersion> latest(TariffId id);

    /** The newest version created at or before {@code at}. */
    Optional<TariffVersion> inForceAt(TariffId id, Instant at);

    Optional<TariffVersion> version(TariffId id, int version);

    /** Oldest first. */
    List<TariffVersion> versions(TariffId id);

    /** The latest version of every tariff of the tenant, by id; {@code after} an exclusive cursor (a tariff id) or null. */
    List<TariffVersion> list(TenantId tenant, String after, int limit);
}
