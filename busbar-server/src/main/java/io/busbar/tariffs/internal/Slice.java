package io.busbar.tariffs.internal;

import io.busbar.tariffs.PeriodActivity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A piece of the timeline inside one meter interval with no boundary inside it: every restriction, schedule price
 * and grace state is constant over it, so it is priced as a whole.
 *
 * @param energyWh energy delivered in the slice, at scale 12 (interpolated)
 */
public record Slice(Instant start, Instant end, PeriodActivity activity, BigDecimal energyWh, long nanos,
                    boolean billableIdle, PricingMoment moment) {
    public long chargingNanos() {
        return activity == PeriodActivity.CHARGING ? nanos : 0;
    }

    public long idleNanos() {
        return activity == PeriodActivity.IDLE ? nanos : 0;
    }

    public long billableIdleNanos() {
        return billableIdle ? idleNanos() : 0;
    }
}
