package io.busbar.tariffs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored tariffs and all their versions. Nothing is ever deleted or rewritten. */
public interface TariffCatalog {
    /** Version 1 of a new tariff. @throws TariffConflictException if the id exists */
    TariffVersion create(Tariff tariff);

    /** A new version of an existing tariff, in force from now. @throws TariffNotFoundException */
    TariffVersion update(Tariff tariff);

    Optional<TariffVersion> latest(TariffId id);

    /** The newest version created at or before {@code at}. */
    Optional<TariffVersion> inForceAt(TariffId id, Instant at);

    Optional<TariffVersion> version(TariffId id, int version);

    /** Oldest first. */
    List<TariffVersion> versions(TariffId id);

    /** The latest version of every tariff, by id; {@code after} an exclusive cursor (a tariff id) or null. */
    List<TariffVersion> list(String after, int limit);
}
