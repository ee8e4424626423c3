package io.busbar.smartcharging.internal;

import io.busbar.chargers.SiteId;
import io.busbar.smartcharging.LoadManagementViews.LoadSample;
import io.busbar.smartcharging.LoadManagementViews.PhaseLoad;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's draw over time, one row per site and minute: the highest per-line draw and allocation seen in the
 * minute, the grid limits, and the site energy (power integrated between observations) for demand tracking. Rows
 * are written when a minute closes and at most every few seconds while it is open.
 */
@Repository
class LoadSeries {
    private static final long WRITE_EVERY_SECONDS = 5;

    private final JdbcClient jdbc;
    private final Map<SiteId, Minute> open = new ConcurrentHashMap<>();

    LoadSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An observation of the site at {@code at}: line currents drawn and allocated, limits, and site power. */
    void observe(SiteId site, Instant at, double[] drawn, double[] allocated, double[] limits, double powerW) {
        Minute minute = open.computeIfAbsent(site, s -> new Minute(at.truncatedTo(ChronoUnit.MINUTES), at, powerW));
        Minute toWrite = null;
        synchronized (minute) {
            Instant start = at.truncatedTo(ChronoUnit.MINUTES);
            if (at.isBefore(minute.lastAt)) {
                return;
            }
            if (start.isAfter(minute.start)) {
                // close the old minute: the power held until the minute ended
                minute.energyWh += minute.lastPowerW * seconds(minute.lastAt, start) / 3600.0;
                toWrite = minute.copy();
                minute.reset(start, start);
            }
            minute.energyWh += minute.lastPowerW * seconds(minute.lastAt, at) / 3600.0;
            minute.lastAt = at;
            minute.lastPowerW = powerW;
            for (int l = 0; l < 3; l++) {
                minute.drawn[l] = Math.max(minute.drawn[l], drawn[l]);
                minute.allocated[l] = Math.max(minute.allocated[l], allocated[l]);
                minute.limits[l] = limits[l];
            }
            if (toWrite == null && (minute.writtenAt == null || seconds(minute.writtenAt, at) >= WRITE_EVERY_SECONDS)) {
                minute.writtenAt = at;
                toWrite = minute.copy();
            } else if (toWrite != null) {
                minute.writtenAt = null;
            }
        }
        write(site, toWrite);
    }

    /** Energy of the site from {@code from} (a minute boundary) until the last observation, open minute included. */
    double energyWhSince(SiteId site, Instant from) {
        Minute minute = open.get(site);
        Instant storedUntil = Instant.MAX;
        double running = 0;
        if (minute != null) {
            synchronized (minute) {
                if (!minute.start.isBefore(from)) {
                    storedUntil = minute.start;
                    running = minute.energyWh;
                }
            }
        }
        Double stored = jdbc.sql("""
                        SELECT COALESCE(SUM(energy_wh), 0) FROM smart_load_minutes
                        WHERE site_id = :site AND minute >= :from AND minute < :until""")
                .param("site", site.value()).param("from", Sql.time(from))
                .param("until", Sql.time(storedUntil == Instant.MAX ? Instant.parse("9999-01-01T00:00:00Z") : storedUntil))
                .query(Double.class).single();
        return (stored == null ? 0 : stored) + running;
    }

    /** Window averages (kW) of windows starting in [from, to), aligned to {@code windowMinutes} from the epoch. */
    List<WindowAverage> windows(SiteId site, Instant from, Instant to, int windowMinutes) {
        long windowSeconds = windowMinutes * 60L;
        return jdbc.sql("""
                        SELECT to_timestamp(floor(extract(epoch FROM minute) / :w) * :w) AS window_start,
                               SUM(energy_wh) AS energy
                        FROM smart_load_minutes WHERE site_id = :site AND minute >= :from AND minute < :to
                        GROUP BY 1 ORDER BY 1""")
                .param("w", windowSeconds).param("site", site.value())
                .param("from", Sql.time(from)).param("to", Sql.time(to))
                .query((rs, n) -> new WindowAverage(Sql.instant(rs, "window_start"),
                        rs.getDouble("energy") / 1000.0 / (windowSeconds / 3600.0)))
                .list();
    }

    record WindowAverage(Instant start, double kw) {
    }

    List<LoadSample> samples(SiteId site, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        SELECT * FROM smart_load_minutes WHERE site_id = :site AND minute >= :from AND minute < :to
                        ORDER BY minute LIMIT :limit""")
                .param("site", site.value()).param("from", Sql.time(from)).param("to", Sql.time(to))
                .param("limit", limit)
                .query((rs, n) -> new LoadSample(Sql.instant(rs, "minute"),
                        new PhaseLoad(rs.getBigDecimal("drawn_l1_a"), rs.getBigDecimal("drawn_l2_a"), rs.getBigDecimal("drawn_l3_a")),
                        new PhaseLoad(rs.getBigDecimal("limit_l1_a"), rs.getBigDecimal("limit_l2_a"), rs.getBigDecimal("limit_l3_a")),
                        new PhaseLoad(rs.getBigDecimal("allocated_l1_a"), rs.getBigDecimal("allocated_l2_a"),
                                rs.getBigDecimal("allocated_l3_a")),
                        rs.getBigDecimal("energy_wh").movePointLeft(3).setScale(3, RoundingMode.HALF_UP)))
                .list();
    }

    private void write(SiteId site, Minute row) {
        if (row == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO smart_load_minutes (site_id, minute, drawn_l1_a, drawn_l2_a, drawn_l3_a,
                            limit_l1_a, limit_l2_a, limit_l3_a, allocated_l1_a, allocated_l2_a, allocated_l3_a, energy_wh)
                        VALUES (:site, :minute, :d1, :d2, :d3, :m1, :m2, :m3, :a1, :a2, :a3, :energy)
                        ON CONFLICT (site_id, minute) DO UPDATE SET drawn_l1_a = EXCLUDED.drawn_l1_a,
                            drawn_l2_a = EXCLUDED.drawn_l2_a, drawn_l3_a = EXCLUDED.drawn_l3_a,
                            limit_l1_a = EXCLUDED.limit_l1_a, limit_l2_a = EXCLUDED.limit_l2_a,
                            limit_l3_a = EXCLUDED.limit_l3_a, allocated_l1_a = EXCLUDED.allocated_l1_a,
                            allocated_l2_a = EXCLUDED.allocated_l2_a, allocated_l3_a = EXCLUDED.allocated_l3_a,
                            energy_wh = EXCLUDED.energy_wh""")
                .param("site", site.value()).param("minute", Sql.time(row.start))
                .param("d1", amps(row.drawn[0])).param("d2", amps(row.drawn[1])).param("d3", amps(row.drawn[2]))
                .param("m1", amps(row.limits[0])).param("m2", amps(row.limits[1])).param("m3", amps(row.limits[2]))
                .param("a1", amps(row.allocated[0])).param("a2", amps(row.allocated[1]))
                .param("a3", amps(row.allocated[2]))
                .param("energy", BigDecimal.valueOf(row.energyWh).setScale(3, RoundingMode.HALF_UP))
                .update();
    }

    private static BigDecimal amps(double value) {
        double capped = Math.min(value, 999_999.0);
        return BigDecimal.valueOf(capped).setScale(3, RoundingMode.HALF_UP);
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0, (to.toEpochMilli() - from.toEpochMilli()) / 1000.0);
    }

    private static final class Minute {
        Instant start;
        Instant lastAt;
        double lastPowerW;
        double energyWh;
        double[] drawn = new double[3];
        double[] allocated = new double[3];
        double[] limits = new double[3];
        Instant writtenAt;

        Minute(Instant start, Instant lastAt, double lastPowerW) {
            this.start = start;
            this.lastAt = lastAt;
            this.lastPowerW = lastPowerW;
        }

        void reset(Instant newStart, Instant at) {
            start = newStart;
            lastAt = at;
            energyWh = 0;
            drawn = new double[3];
            allocated = new double[3];
        }

        Minute copy() {
            Minute copy = new Minute(start, lastAt, lastPowerW);
            copy.energyWh = energyWh;
            copy.drawn = drawn.clone();
            copy.allocated = allocated.clone();
            copy.limits = limits.clone();
            return copy;
        }
    }
}
