package io.busbar.uptime.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;
import io.busbar.uptime.Exclusion;
import io.busbar.uptime.ExclusionId;
import io.busbar.uptime.ExclusionKind;
import io.busbar.uptime.Exclusions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.busbar.uptime.internal.Sql.at;
import static io.busbar.uptime.internal.Sql.instant;

/** The uptime_exclusions table: maintenance windows and grid outages. */
@Component
class ExclusionStore implements Exclusions {
    private static final String COLUMNS =
            "SELECT id, kind, site_id, charger, from_at, to_at, reason, created_at FROM uptime_exclusions ";
    private final JdbcClient jdbc;
    private final Clock clock;

    ExclusionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Exclusion add(ExclusionKind kind, SiteId site, ChargerIdentity charger, Instant from, Instant to,
                         String reason) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("An exclusion must end after it starts");
        }
        if ((site == null) == (charger == null) || (kind == ExclusionKind.GRID_OUTAGE && site == null)) {
            throw new IllegalArgumentException("A maintenance window is for a site or a charger; a grid outage for a site");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO uptime_exclusions (id, kind, site_id, charger, from_at, to_at, reason, created_at)
                        VALUES (:id, :kind, :site, :charger, :from, :to, :reason, :now)""")
                .param("id", id).param("kind", kind.name()).param("site", site == null ? null : site.value())
                .param("charger", charger == null ? null : charger.value()).param("from", at(from))
                .param("to", at(to)).param("reason", reason).param("now", at(clock.instant()))
                .update();
        return find(new ExclusionId(id)).orElseThrow();
    }

    @Override
    public List<Exclusion> list(TenantId tenant, ExclusionKind kind, Instant from, Instant to) {
        // An exclusion belongs to its site's or its charger's tenant.
        return jdbc.sql(COLUMNS + """
                         WHERE kind = :kind AND (CAST(:to AS timestamptz) IS NULL OR from_at < :to)
                           AND (CAST(:from AS timestamptz) IS NULL OR to_at > :from)
                           AND (site_id IN (SELECT id FROM sites WHERE tenant_id = :tenant)
                                OR charger IN (SELECT identity FROM chargers WHERE tenant_id = :tenant))
                         ORDER BY from_at, id""")
                .param("kind", kind.name()).param("tenant", tenant.value()).param("from", at(from)).param("to", at(to))
                .query(ExclusionStore::map).list();
    }

    /** Those that apply to a charger (its own, or its site's) and overlap [from, to). */
    List<Exclusion> applyingTo(ChargerIdentity charger, SiteId site, Instant from, Instant to) {
        return jdbc.sql(COLUMNS + """
                         WHERE (charger = :charger OR site_id = :site) AND from_at < :to AND to_at > :from
                         ORDER BY from_at, id""")
                .param("charger", charger.value()).param("site", site == null ? null : site.value())
                .param("from", at(from)).param("to", at(to))
                .query(ExclusionStore::map).list();
    }

    @Override
    public Optional<Exclusion> find(ExclusionId id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(ExclusionStore::map).optional();
    }

    @Override
    public boolean delete(ExclusionId id) {
        return jdbc.sql("DELETE FROM uptime_exclusions WHERE id = :id").param("id", id.value()).update() == 1;
    }

    private static Exclusion map(ResultSet rs, int row) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        String charger = rs.getString("charger");
        return new Exclusion(new ExclusionId(rs.getObject("id", UUID.class)), ExclusionKind.valueOf(rs.getString("kind")),
                site == null ? null : new SiteId(site), charger == null ? null : new ChargerIdentity(charger),
                instant(rs, "from_at"), instant(rs, "to_at"), rs.getString("reason"), instant(rs, "created_at"));
    }
}
