package io.busbar.uptime.internal;

import io.busbar.uptime.UptimeReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;

/** Time and sessions of one EVSE or a sum over several; sums are time-weighted by construction. */
record FiguresTally(Measurement time, SessionTally sessions) {
    static final FiguresTally NONE = new FiguresTally(Measurement.none(), SessionTally.NONE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    FiguresTally plus(FiguresTally other) {
        return new FiguresTally(time.plus(other.time), sessions.plus(other.sessions));
    }

    UptimeReport.Figures figures(BigDecimal targetPercent) {
        Duration counted = time.monitored().minus(time.excluded());
        BigDecimal uptime = counted.isZero() ? null : percent(time.up().toMillis(), counted.toMillis(), 4);
        var success = new UptimeReport.ChargeSuccess(sessions.attempted(), sessions.succeeded(), sessions.inProgress(),
                sessions.attempted() == 0 ? null : percent(sessions.succeeded(), sessions.attempted(), 2));
        var costliest = time.downByCause().entrySet().stream()
                .map(e -> new UptimeReport.DowntimeCause(e.getKey().cause(), e.getKey().code(), e.getValue()))
                .sorted(Comparator.comparing(UptimeReport.DowntimeCause::downtime).reversed()
                        .thenComparing(UptimeReport.DowntimeCause::cause)
                        .thenComparing(c -> c.code() == null ? "" : c.code()))
                .toList();
        return new UptimeReport.Figures(time.monitored(), time.excluded(), time.up(), time.down(), time.unmonitored(),
                uptime, uptime == null ? null : uptime.compareTo(targetPercent) >= 0, success, costliest);
    }

    static BigDecimal percent(long part, long whole, int scale) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_EVEN);
    }
}
