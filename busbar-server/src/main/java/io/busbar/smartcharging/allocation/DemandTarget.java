package io.busbar.smartcharging.allocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;

/** The EV power the {@link DemandChargeProtection} policy allows now. */
final class DemandTarget {
    private DemandTarget() {
    }

    static double allowedEvPower(DemandChargeProtection policy, SiteState state, EvNeed[] needs, double periodHours) {
        double capKw = policy.cap().watts() / 1000.0;
        double nonEvKw = state.nonEvPower().watts() / 1000.0;
        double targetKw = capKw;
        if (policy.holdMonthPeak()) {
            double monthPeakKw = state.demand().map(d -> d.monthPeak().watts() / 1000.0).orElse(0.0);
            targetKw = Math.min(capKw, Math.max(monthPeakKw, nonEvKw + requiredKw(state.at(), needs, periodHours)));
        }
        double allowedKw = targetKw;
        if (state.demand().isPresent()) {
            DemandWindow window = state.demand().get();
            double windowHours = policy.window().toMillis() / 3.6e6;
            Instant end = window.windowStart().plus(policy.window());
            double hoursLeft = Duration.between(state.at(), end).toMillis() / 3.6e6;
            if (hoursLeft > 1e-9 && hoursLeft <= windowHours) {
                // the window's average stays under the target if the rest of it averages at most this
                double used = window.siteEnergyInWindow().wattHours() / 1000.0;
                allowedKw = Math.min(targetKw, (targetKw * windowHours - used) / hoursLeft);
            }
        }
        return Math.max(0, (allowedKw - nonEvKw) * 1000);
    }

    /**
     * The least constant power that can still serve every EV with known energy by its departure, given each EV's
     * maximum power: for every departure D, what must be delivered before D (the part of each EV's energy that
     * does not fit between D and its own departure at full power) divided by the time until D. This is the
     * cumulative-demand condition of deadline scheduling with rate limits, a lower bound of the need.
     */
    static double requiredKw(Instant now, EvNeed[] needs, double periodHours) {
        EvNeed[] known = Arrays.stream(needs).filter(need -> need.energyKwh().isPresent() && need.maxKw() > 0)
                .sorted(Comparator.comparingDouble(EvNeed::hoursLeft)).toArray(EvNeed[]::new);
        double required = 0;
        for (EvNeed deadline : known) {
            double d = deadline.hoursLeft();
            double mustDeliver = 0;
            for (EvNeed need : known) {
                double deliverable = Math.min(need.energyKwh().orElseThrow(), need.maxKw() * need.hoursLeft());
                double afterD = need.maxKw() * Math.max(0, need.hoursLeft() - d);
                mustDeliver += Math.max(0, deliverable - afterD);
            }
            required = Math.max(required, mustDeliver / Math.max(d, periodHours));
        }
        return required;
    }
}
