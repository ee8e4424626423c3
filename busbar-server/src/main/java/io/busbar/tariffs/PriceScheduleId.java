package io.busbar.tariffs;

/** Identifies a price schedule (for example a day-ahead wholesale index plus margin). */
public record PriceScheduleId(String value) {
    public PriceScheduleId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a price schedule id cannot be blank");
        }
    }
}
