package io.busbar.smartcharging.internal;

import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.LoadManagementViews.Demand;
import io.busbar.smartcharging.allocation.DemandWindow;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demand windows (e.g. 15 minutes, aligned to the hour as utilities bill them) from the load series: energy so far in
 * the current window, the rolling average, and the highest window average of the day and the month (site time zone).
 */
@Component
class DemandTracker {
    private final LoadSeries series;
    private final Sites sites;
    /** The month peak changes only when a window closes: cached per site and window. */
    private final Map<SiteId, CachedPeak> monthPeaks = new ConcurrentHashMap<>();

    DemandTracker(LoadSeries series, Sites sites) {
        this.series = series;
        this.sites = sites;
    }

    private record CachedPeak(Instant windowStart, Power peak) {
    }

    /** The window in progress at {@code now}, for the demand-charge policy. */
    DemandWindow window(CompiledSite site, Duration window, Instant now) {
        Instant start = windowStart(now, window);
        double energyWh = series.energyWhSince(site.site(), start);
        CachedPeak peak = monthPeaks.get(site.site());
        if (peak == null || !peak.windowStart().equals(start)) {
            Instant monthStart = now.atZone(zone(site.site())).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
            double kw = series.windows(site.site(), monthStart, start, (int) window.toMinutes()).stream()
                    .mapToDouble(LoadSeries.WindowAverage::kw).max().orElse(0);
            peak = new CachedPeak(start, Power.ofWatts(Math.round(kw * 1000)));
            monthPeaks.put(site.site(), peak);
        }
        return new DemandWindow(start, Energy.ofWattHours(Math.round(energyWh)), peak.peak());
    }

    Demand view(CompiledSite site, Instant now) {
        int minutes = site.policies().demandCharge().map(p -> (int) p.window().toMinutes()).orElse(15);
        Duration window = Duration.ofMinutes(minutes);
        Instant from = now.minus(window).truncatedTo(ChronoUnit.MINUTES);
        double hours = Math.max(1, Duration.between(from, now).toSeconds()) / 3600.0;
        BigDecimal rolling = kw(series.energyWhSince(site.site(), from) / 1000.0 / hours);
        ZoneId zone = zone(site.site());
        ZonedDateTime local = now.atZone(zone);
        Instant dayStart = local.truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant monthStart = local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
        List<LoadSeries.WindowAverage> month = series.windows(site.site(), monthStart, now, minutes);
        Optional<LoadSeries.WindowAverage> monthPeak = month.stream().max(Comparator.comparingDouble(LoadSeries.WindowAverage::kw));
        Optional<LoadSeries.WindowAverage> dayPeak = month.stream().filter(w -> !w.start().isBefore(dayStart))
                .max(Comparator.comparingDouble(LoadSeries.WindowAverage::kw));
        BigDecimal cap = site.policies().demandCharge().map(p -> kw(p.cap().watts() / 1000.0)).orElse(null);
        return new Demand(site.site().value(), now, minutes, rolling, dayPeak.map(w -> kw(w.kw())).orElse(BigDecimal.ZERO),
                dayPeak.map(LoadSeries.WindowAverage::start).orElse(null),
                monthPeak.map(w -> kw(w.kw())).orElse(BigDecimal.ZERO),
                monthPeak.map(LoadSeries.WindowAverage::start).orElse(null), cap);
    }

    static Instant windowStart(Instant now, Duration window) {
        long seconds = window.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    private ZoneId zone(SiteId site) {
        return sites.find(site).map(Site::timeZone).orElse(ZoneId.of("UTC"));
    }

    private static BigDecimal kw(double kw) {
        return BigDecimal.valueOf(kw).setScale(3, RoundingMode.HALF_UP);
    }
}
