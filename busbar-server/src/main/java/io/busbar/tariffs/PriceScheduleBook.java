package io.busbar.tariffs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Stored price schedules (dynamic prices). Replacing or correcting an entry supersedes it; superseded entries stay
 * in the history.
 */
public interface PriceScheduleBook {
    /** Supersedes every current entry of the schedule and records {@code entries} instead. */
    PriceSchedule replace(PriceScheduleId id, List<PriceSchedule.Entry> entries);

    /** Adds entries; an entry at an instant the schedule already has supersedes the old one. */
    PriceSchedule append(PriceScheduleId id, List<PriceSchedule.Entry> entries);

    /** The current entries (empty when the schedule is unknown). */
    PriceSchedule current(PriceScheduleId id);

    /** Every entry ever recorded, superseded ones included, oldest first. */
    List<RecordedEntry> history(PriceScheduleId id);

    /** The current schedules with these ids, for a calculation. */
    PriceSchedules schedules(Collection<PriceScheduleId> ids);

    record RecordedEntry(Instant from, java.math.BigDecimal pricePerKwh, Instant recordedAt, Instant supersededAt) {
    }
}
