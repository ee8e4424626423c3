package io.busbar.chargers.internal;

import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
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
    private static final String COLUMNS = "SELECT id, tenant_id, name, address, time_zone, latitude, longitude, created_at FROM sites";

    private final JdbcClient jdbc;
    private final Clock clock;

    SiteDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Site create(TenantId tenant, String name, String address, ZoneId timeZone, GeoPoint location) {
        Objects.requireNonNull(tenant, "tenant");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A site needs a name");
        }
        Objects.requireNonNull(timeZone, "timeZone");
        Site site = new Site(SiteId.random(), tenant, name.strip(), address, timeZone, location,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                        INSERT INTO sites (id, tenant_id, name, address, time_zone, latitude, longitude, created_at)
                        VALUES (:id, :tenant, :name, :address, :timeZone, :latitude, :longitude, :createdAt)""")
                .param("id", site.id().value())
                .param("tenant", tenant.value())
                .param("name", site.name())
                .param("address", site.address())
                .param("timeZone", site.timeZone().getId())
                .param("latitude", location == null ? null : BigDecimal.valueOf(location.latitude()))
                .param("longitude", location == null ? null : BigDecimal.valueOf(location.longitude()))
                .param("createdAt", Timestamps.toSql(site.createdAt()))
                .update();
        return find(site.id()).orElseThrow();
    }

    @Override
    public Optional<Site> find(SiteId id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> site(rs))
                .optional();
    }

    @Override
    public List<Site> list() {
        return jdbc.sql(COLUMNS + " ORDER BY name, id").query((rs, row) -> site(rs)).list();
    }

    @Override
    public List<Site> list(TenantId tenant) {
        return jdbc.sql(COLUMNS + " WHERE tenant_id = :tenant ORDER BY name, id")
                .param("tenant", tenant.value())
                .query((rs, row) -> site(rs))
                .list();
    }

    private static Site site(ResultSet rs) throws SQLException {
        Instant createdAt = Timestamps.read(rs, "created_at");
        BigDecimal latitude = rs.getBigDecimal("latitude");
        BigDecimal longitude = rs.getBigDecimal("longitude");
        GeoPoint location = latitude == null ? null : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
        return new Site(new SiteId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"), rs.getString("address"), ZoneId.of(rs.getString("time_zone")), location,
                createdAt);
    }
}
