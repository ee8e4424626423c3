package io.busbar.chargers.internal;

import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@Service
class SiteDirectory implements Sites {
    private final JdbcClient jdbc;
    private final Clock clock;

    SiteDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException for a blank name */
    @Override
    @Transactional
    public Site create(String name, String address, ZoneId timeZone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A site needs a name");
        }
        Objects.requireNonNull(timeZone, "timeZone");
        Site site = new Site(SiteId.random(), name.strip(), address, timeZone,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                        INSERT INTO sites (id, name, address, time_zone, created_at)
                        VALUES (:id, :name, :address, :timeZone, :createdAt)""")
                .param("id", site.id().value())
                .param("name", site.name())
                .param("address", site.address())
                .param("timeZone", site.timeZone().getId())
                .param("createdAt", Timestamps.toSql(site.createdAt()))
                .update();
        return site;
    }

    @Override
    public Optional<Site> find(SiteId id) {
        return jdbc.sql("SELECT id, name, address, time_zone, created_at FROM sites WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> site(rs))
                .optional();
    }

    /** By name. */
    @Override
    public List<Site> list() {
        return jdbc.sql("SELECT id, name, address, time_zone, created_at FROM sites ORDER BY name, id")
                .query((rs, row) -> site(rs))
                .list();
    }

    private static Site site(ResultSet rs) throws SQLException {
        Instant createdAt = Timestamps.read(rs, "created_at");
        return new Site(new SiteId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("address"),
                ZoneId.of(rs.getString("time_zone")), createdAt);
    }
}
