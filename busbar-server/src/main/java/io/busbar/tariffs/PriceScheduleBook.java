package io.busbar.tariffs;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored price schedules (dynamic prices). Replacing or correcting an entry supersedes it; superseded entries stay
 * in the history.
 */
public interface PriceScheduleBook {
    /**
     * Supersedes every current entry of the schedule and records {@code entries} instead. A new schedule is the
     * tenant's; an existing one keeps its owner (callers check it is the tenant's). Ids are unique across tenants.
     */
    PriceSchedule replace(TenantId tenant, PriceScheduleId id, List<PriceSchedule.Entry> entries);

    /** Adds entries; an entry at an instant the schedule already has supersedes the old one. */
    PriceSchedule append(TenantId tenant, PriceScheduleId id, List<PriceSchedule.Entry> entries);

    /** The tenant owning the schedule: empty when no entry was ever recorded. */
    Optional<TenantId> ownerOf(PriceScheduleId id);

    /** The current entries (empty when the schedule is unknown). */
    PriceSchedule current(PriceScheduleId id);

    /** Every entry ever recorded, superseded ones included, oldest first. */
    List<RecordedEntry> history(PriceScheduleId id);

    /**
     * The current schedules the tariff's dynamic prices name, for a calculation. Only schedules of the tariff's own
     * tenant are read: another tenant's schedule is as empty as an unknown one (issue 7).
     */
    PriceSchedules schedulesOf(Tariff tariff);

    record RecordedEntry(Instant from, java.math.BigDecimal pricePerKwh, Instant recordedAt, Instant supersededAt) {
    }
}
