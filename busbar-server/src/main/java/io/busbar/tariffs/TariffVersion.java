package io.busbar.tariffs;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a tariff. Versions are numbered from 1 per tariff id and never change; the version in
 * force at an instant is the newest one created at or before it.
 */
public record TariffVersion(Tariff tariff, int version, Instant createdAt) {
    public TariffVersion {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public TariffId id() {
        return tariff.id();
    }
}
