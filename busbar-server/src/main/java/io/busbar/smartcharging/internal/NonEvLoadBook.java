package io.busbar.smartcharging.internal;

import io.busbar.chargers.SiteId;
import io.busbar.platform.units.Current;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest non-EV load report of each site, stored and cached. */
@Repository
class NonEvLoadBook {
    private final JdbcClient jdbc;
    private final Map<SiteId, Report> latest = new ConcurrentHashMap<>();

    NonEvLoadBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Report(PhaseCurrents load, Instant measuredAt) {
    }

    /** Stores it unless a newer report is stored already; true when stored. */
    boolean store(SiteId site, BigDecimal l1, BigDecimal l2, BigDecimal l3, Instant at, Instant now) {
        int rows = jdbc.sql("""
                        INSERT INTO smart_site_loads (site_id, l1_a, l2_a, l3_a, measured_at, received_at)
                        VALUES (:site, :l1, :l2, :l3, :at, :now)
                        ON CONFLICT (site_id) DO UPDATE SET l1_a = EXCLUDED.l1_a, l2_a = EXCLUDED.l2_a,
                            l3_a = EXCLUDED.l3_a, measured_at = EXCLUDED.measured_at, received_at = EXCLUDED.received_at
                        WHERE smart_site_loads.measured_at <= EXCLUDED.measured_at""")
                .param("site", site.value()).param("l1", l1).param("l2", l2).param("l3", l3)
                .param("at", Sql.time(at)).param("now", Sql.time(now))
                .update();
        if (rows > 0) {
            latest.put(site, new Report(new PhaseCurrents(Current.ofAmps(l1), Current.ofAmps(l2), Current.ofAmps(l3)), at));
        }
        return rows > 0;
    }

    Optional<Report> latest(SiteId site) {
        Report cached = latest.get(site);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Report> stored = jdbc.sql("SELECT l1_a, l2_a, l3_a, measured_at FROM smart_site_loads WHERE site_id = :site")
                .param("site", site.value())
                .query((rs, n) -> new Report(new PhaseCurrents(Current.ofAmps(rs.getBigDecimal("l1_a")),
                        Current.ofAmps(rs.getBigDecimal("l2_a")), Current.ofAmps(rs.getBigDecimal("l3_a"))),
                        Sql.instant(rs, "measured_at")))
                .optional();
        stored.ifPresent(report -> latest.put(site, report));
        return stored;
    }

}
