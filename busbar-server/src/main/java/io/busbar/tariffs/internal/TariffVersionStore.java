package io.busbar.tariffs.internal;

import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffConflictException;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffJson;
import io.busbar.tariffs.TariffNotFoundException;
import io.busbar.tariffs.TariffVersion;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
class TariffVersionStore implements TariffCatalog {
    private static final String COLUMNS = "tariff_id, version, body::text AS body, created_at";
    private final JdbcClient jdbc;
    private final Clock clock;

    TariffVersionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TariffVersion create(TenantId tenant, Tariff tariff) {
        lock(tariff.id());
        if (latest(tariff.id()).isPresent()) {
            throw new TariffConflictException("Tariff " + tariff.id() + " already exists; PUT it to add a version");
        }
        return insert(tenant, tariff, 1);
    }

    @Override
    @Transactional
    public TariffVersion update(Tariff tariff) {
        lock(tariff.id());
        TariffVersion latest = latest(tariff.id())
                .orElseThrow(() -> new TariffNotFoundException("No tariff " + tariff.id()));
        return insert(ownerOf(tariff.id()).orElseThrow(), tariff, latest.version() + 1);
    }

    @Override
    public Optional<TenantId> ownerOf(TariffId id) {
        return jdbc.sql("SELECT tenant_id FROM tariff_versions WHERE tariff_id = :id AND version = 1")
                .param("id", id.value()).query((rs, row) -> new TenantId(rs.getObject("tenant_id", UUID.class)))
                .optional();
    }

    /** Serialises versioning of one tariff id (two concurrent PUTs get consecutive versions). */
    private void lock(TariffId id) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tariff:' || :id))").param("id", id.value()).query().singleValue();
    }

    private TariffVersion insert(TenantId tenant, Tariff tariff, int version) {
        // a version made in the same microsecond as the previous one would make "in force at" ambiguous
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant previous = version == 1 ? null : latest(tariff.id()).map(TariffVersion::createdAt).orElse(null);
        Instant createdAt = previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
        jdbc.sql("""
                        INSERT INTO tariff_versions (tariff_id, version, currency, body, created_at, tenant_id)
                        VALUES (:id, :version, :currency, CAST(:body AS jsonb), :createdAt, :tenant)""")
                .param("tenant", tenant.value())
                .param("id", tariff.id().value())
                .param("version", version)
                .param("currency", tariff.currency().getCurrencyCode())
                .param("body", TariffJson.write(tariff))
                .param("createdAt", SqlTime.toSql(createdAt))
                .update();
        return new TariffVersion(tariff, version, createdAt);
    }

    @Override
    public Optional<TariffVersion> latest(TariffId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tariff_versions WHERE tariff_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", id.value()).query((rs, row) -> version(rs)).optional();
    }

    @Override
    public Optional<TariffVersion> inForceAt(TariffId id, Instant at) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM tariff_versions WHERE tariff_id = :id AND created_at <= :at
                        ORDER BY version DESC LIMIT 1""")
                .param("id", id.value()).param("at", SqlTime.toSql(at)).query((rs, row) -> version(rs)).optional();
    }

    @Override
    public Optional<TariffVersion> version(TariffId id, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tariff_versions WHERE tariff_id = :id AND version = :version")
                .param("id", id.value()).param("version", version).query((rs, row) -> version(rs)).optional();
    }

    @Override
    public List<TariffVersion> versions(TariffId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tariff_versions WHERE tariff_id = :id ORDER BY version")
                .param("id", id.value()).query((rs, row) -> version(rs)).list();
    }

    @Override
    public List<TariffVersion> list(TenantId tenant, String after, int limit) {
        return jdbc.sql("SELECT DISTINCT ON (tariff_id) " + COLUMNS + """
                         FROM tariff_versions
                        WHERE tenant_id = :tenant AND (CAST(:after AS text) IS NULL OR tariff_id > :after)
                        ORDER BY tariff_id, version DESC LIMIT :limit""")
                .param("tenant", tenant.value()).param("after", after).param("limit", limit).query((rs, row) -> version(rs)).list();
    }

    private static TariffVersion version(ResultSet rs) throws SQLException {
        return new TariffVersion(TariffJson.read(rs.getString("body")), rs.getInt("version"), SqlTime.read(rs, "created_at"));
    }
}
