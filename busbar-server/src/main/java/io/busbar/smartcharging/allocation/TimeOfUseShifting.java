package io.busbar.smartcharging.allocation;

import java.util.Objects;

/**
 * Time-of-use policy: an EV whose energy (known) can still be delivered before its departure (known) in periods
 * cheaper than now, at {@code plannedRateShare} of its maximum rate, waits for them; an EV that can deliver only part
 * of it there charges now just enough for the rest. EVs without a known energy or departure are never deferred.
 */
public record TimeOfUseShifting(PriceSchedule prices, double plannedRateShare) {
    public TimeOfUseShifting {
        Objects.requireNonNull(prices, "prices");
        if (!(plannedRateShare > 0 && plannedRateShare <= 1)) {
            throw new IllegalArgumentException("plannedRateShare must be in (0, 1]: " + plannedRateShare);
        }
    }
}
