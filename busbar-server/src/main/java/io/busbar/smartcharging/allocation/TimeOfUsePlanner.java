package io.busbar.smartcharging.allocation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Applies {@link TimeOfUseShifting}: caps EVs whose energy fits into cheaper periods before their departure. */
final class TimeOfUsePlanner {
    private static final int MAX_PRICE_CHANGES = 1_000;

    private TimeOfUsePlanner() {
    }

    static void apply(TimeOfUseShifting policy, Instant now, EvNeed[] needs, double[] lo, double[] hi,
                      LimitReason[] bound) {
        BigDecimal priceNow = policy.prices().pricePerKwhAt(now);
        for (int i = 0; i < needs.length; i++) {
            EvNeed need = needs[i];
            if (need.energyKwh().isEmpty() || need.ev().departure().isEmpty() || hi[i] <= 0 || need.maxKw() <= 0) {
                continue;
            }
            double cheapHours = 0;
            double otherHours = 0;
            Instant t = now;
            for (int change = 0; change < MAX_PRICE_CHANGES && t.isBefore(need.departure()); change++) {
                Instant next = policy.prices().nextChangeAfter(t);
                Instant until = next.isBefore(need.departure()) ? next : need.departure();
                double hours = Duration.between(t, until).toMillis() / 3.6e6;
                if (policy.prices().pricePerKwhAt(t).compareTo(priceNow) < 0) {
                    cheapHours += hours;
                } else {
                    otherHours += hours;
                }
                t = until;
            }
            if (cheapHours <= 0) {
                continue;
            }
            double energy = need.energyKwh().orElseThrow();
            double fitsLater = policy.plannedRateShare() * need.maxKw() * cheapHours;
            double ampsPerKw = hi[i] / need.maxKw();
            double neededNowKw = otherHours > 0 ? Math.max(0, energy - fitsLater) / otherHours : need.maxKw();
            double capAmps = neededNowKw * ampsPerKw;
            if (capAmps <= 0) {
                hi[i] = 0;
                bound[i] = LimitReason.DEFERRED_TO_CHEAPER_PERIOD;
            } else if (capAmps < hi[i]) {
                hi[i] = Math.max(lo[i], capAmps);
                bound[i] = LimitReason.DEFERRED_TO_CHEAPER_PERIOD;
            }
        }
    }
}
