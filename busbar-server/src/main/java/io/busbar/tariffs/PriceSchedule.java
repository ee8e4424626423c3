package io.busbar.tariffs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices per kWh (excluding VAT) over time: each entry holds from its instant until the next entry's. Before the
 * first entry the schedule says nothing and the component's own price applies.
 */
public record PriceSchedule(PriceScheduleId id, List<Entry> entries) {
    public record Entry(Instant from, BigDecimal pricePerKwh) {
        public Entry {
            Objects.requireNonNull(from, "from");
            if (pricePerKwh == null || pricePerKwh.signum() < 0) {
                throw new IllegalArgumentException("a scheduled price must be given and not negative: " + pricePerKwh);
            }
        }
    }

    public PriceSchedule {
        Objects.requireNonNull(id, "id");
        entries = entries.stream().sorted(Comparator.comparing(Entry::from)).toList();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).from().equals(entries.get(i - 1).from())) {
                throw new IllegalArgumentException("schedule " + id.value() + " has two prices from " + entries.get(i).from());
            }
        }
    }

    /** The price in force at {@code instant}, if the schedule has one. */
    public Optional<BigDecimal> priceAt(Instant instant) {
        BigDecimal price = null;
        for (Entry entry : entries) {
            if (entry.from().isAfter(instant)) {
                break;
            }
            price = entry.pricePerKwh();
        }
        return Optional.ofNullable(price);
    }
}
