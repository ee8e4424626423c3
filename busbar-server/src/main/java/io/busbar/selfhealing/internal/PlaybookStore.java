package io.busbar.selfhealing.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultType;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.PlaybookStep;
import io.busbar.selfhealing.Playbooks;
import io.busbar.selfhealing.SavePlaybook;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The playbooks table, with every saved version kept in playbook_versions. */
@Component
class PlaybookStore implements Playbooks {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "SELECT id, fault_type, fault_code, site_id, vendor, model, enabled, "
            + "steps::text AS steps, version, updated_at, updated_by FROM playbooks";
    private final JdbcClient jdbc;
    private final ChargerRegistry chargers;
    private final Clock clock;

    PlaybookStore(JdbcClient jdbc, ChargerRegistry chargers, Clock clock) {
        this.jdbc = jdbc;
        this.chargers = chargers;
        this.clock = clock;
    }

    @Override
    public List<Playbook> list(TenantId tenant) {
        return jdbc.sql(COLUMNS + " WHERE tenant_id = :tenant ORDER BY fault_type, site_id NULLS FIRST, "
                        + "vendor NULLS FIRST, model, fault_code NULLS FIRST")
                .param("tenant", tenant.value()).query(this::map).list();
    }

    @Override
    public Optional<Playbook> find(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public Optional<TenantId> tenantOf(UUID id) {
        return jdbc.sql("SELECT tenant_id FROM playbooks WHERE id = :id").param("id", id).query(UUID.class).optional()
                .map(TenantId::new);
    }

    @Override
    @Transactional
    public Playbook save(TenantId tenant, SavePlaybook command, String savedBy) {
        Instant now = clock.instant();
        String steps = JSON.writeValueAsString(command.steps());
        Optional<UUID> existing = jdbc.sql("""
                        SELECT id FROM playbooks
                         WHERE tenant_id = :tenant AND fault_type = :type AND coalesce(fault_code, '') = coalesce(CAST(:code AS text), '')
                           AND coalesce(site_id::text, '') = coalesce(CAST(:site AS text), '')
                           AND coalesce(vendor, '') = coalesce(CAST(:vendor AS text), '')
                           AND coalesce(model, '') = coalesce(CAST(:model AS text), '')
                         FOR UPDATE""")
                .param("tenant", tenant.value())
                .param("type", command.faultType().name()).param("code", command.faultCode())
                .param("site", command.siteId() == null ? null : command.siteId().toString())
                .param("vendor", command.vendor()).param("model", command.model())
                .query(UUID.class).optional();
        UUID id = existing.orElseGet(UUID::randomUUID);
        if (existing.isPresent()) {
            jdbc.sql("""
                            UPDATE playbooks SET enabled = :enabled, steps = CAST(:steps AS jsonb), version = version + 1,
                                   updated_at = :now, updated_by = :by WHERE id = :id""")
                    .param("enabled", command.enabled()).param("steps", steps).param("now", sql(now))
                    .param("by", savedBy).param("id", id).update();
        } else {
            jdbc.sql("""
                            INSERT INTO playbooks (id, tenant_id, fault_type, fault_code, site_id, vendor, model,
                                                   enabled, steps, version, updated_at, updated_by)
                            VALUES (:id, :tenant, :type, :code, :site, :vendor, :model, :enabled,
                                    CAST(:steps AS jsonb), 1, :now, :by)""")
                    .param("id", id).param("tenant", tenant.value()).param("type", command.faultType().name()).param("code", command.faultCode())
                    .param("site", command.siteId() == null ? null : command.siteId().value())
                    .param("vendor", command.vendor()).param("model", command.model())
                    .param("enabled", command.enabled()).param("steps", steps).param("now", sql(now))
                    .param("by", savedBy).update();
        }
        jdbc.sql("""
                        INSERT INTO playbook_versions (playbook_id, version, enabled, steps, saved_at, saved_by)
                        SELECT id, version, enabled, steps, updated_at, updated_by FROM playbooks WHERE id = :id""")
                .param("id", id).update();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Playbook> applicable(ChargerIdentity charger, FaultType type, String faultCode) {
        Optional<Charger> found = chargers.find(charger);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SiteId site = found.map(Charger::siteId).orElse(null);
        String vendor = found.map(c -> c.description() == null ? null : c.description().vendor()).orElse(null);
        String model = found.map(c -> c.description() == null ? null : c.description().model()).orElse(null);
        // Most specific first: a model's playbook, then a site's, then the default; a code's before any code's.
        return jdbc.sql(COLUMNS + " " + """
                         WHERE tenant_id = :tenant AND fault_type = :type AND (fault_code IS NULL OR fault_code = CAST(:code AS text))
                           AND ((site_id IS NULL AND vendor IS NULL)
                                OR site_id = CAST(:site AS uuid)
                                OR (vendor = CAST(:vendor AS text) AND model = CAST(:model AS text)))
                         ORDER BY (vendor IS NOT NULL) DESC, (site_id IS NOT NULL) DESC, (fault_code IS NOT NULL) DESC
                         LIMIT 1""")
                .param("tenant", found.get().tenant().value())
                .param("type", type.name()).param("code", faultCode)
                .param("site", site == null ? null : site.toString())
                .param("vendor", vendor).param("model", model)
                .query(this::map).optional();
    }

    /** The steps of one saved version (a run keeps following the version it started with). */
    List<PlaybookStep> steps(UUID playbookId, int version) {
        return steps(jdbc.sql("SELECT steps::text FROM playbook_versions WHERE playbook_id = :id AND version = :v")
                .param("id", playbookId).param("v", version).query(String.class).single());
    }

    static List<PlaybookStep> steps(String json) {
        return Arrays.asList(JSON.readValue(json, PlaybookStep[].class));
    }

    private Playbook map(ResultSet rs, int row) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        return new Playbook(rs.getObject("id", UUID.class), FaultType.valueOf(rs.getString("fault_type")),
                rs.getString("fault_code"), site == null ? null : new SiteId(site), rs.getString("vendor"),
                rs.getString("model"), rs.getBoolean("enabled"), steps(rs.getString("steps")), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }

    static OffsetDateTime sql(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
