package io.busbar.devicemodel.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.devicemodel.ConfigurationTemplate;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.TemplateDefinition;
import io.busbar.devicemodel.TemplateId;
import io.busbar.devicemodel.TemplateNameTakenException;
import io.busbar.devicemodel.TemplateNotFoundException;
import io.busbar.tenants.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The configuration_templates table, and the choice of the template that applies to a charger. */
@Service
class TemplateTable implements ConfigurationTemplates {
    private static final TypeReference<TreeMap<String, String>> SETTINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDENTITIES = new TypeReference<>() {
    };
    private static final int MAX_NAME = 100;
    private static final int MAX_SETTINGS = 200;
    private static final String COLUMNS = "id, name, vendor, model, chargers::text AS chargers, settings::text AS settings, "
            + "auto_correct, priority, created_at, updated_at";
    /** Most specific first, then higher priority, then by name so the choice is stable. */
    private static final Comparator<ConfigurationTemplate> PRECEDENCE = Comparator
            .comparingInt(ConfigurationTemplate::specificity).reversed()
            .thenComparing(Comparator.comparingInt(ConfigurationTemplate::priority).reversed())
            .thenComparing(ConfigurationTemplate::name);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    TemplateTable(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ConfigurationTemplate create(TenantId tenant, TemplateDefinition definition) {
        TemplateDefinition valid = validated(definition);
        ownChargersOnly(tenant, valid);
        TemplateId id = new TemplateId(UUID.randomUUID());
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO configuration_templates (id, tenant_id, name, vendor, model, chargers, settings,
                                                                 auto_correct, priority, created_at, updated_at)
                            VALUES (:id, :tenant, :name, :vendor, :model, :chargers::jsonb, :settings::jsonb,
                                    :autoCorrect, :priority, :now, :now)""")
                    .param("id", id.value()).param("tenant", tenant.value()).params(columns(valid)).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            throw new TemplateNameTakenException(valid.name());
        }
        return find(id).orElseThrow();
    }

    @Override
    public ConfigurationTemplate replace(TemplateId id, TemplateDefinition definition) {
        TemplateDefinition valid = validated(definition);
        ownChargersOnly(tenantOf(id).orElseThrow(() -> new TemplateNotFoundException(id)), valid);
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE configuration_templates
                            SET name = :name, vendor = :vendor, model = :model, chargers = :chargers::jsonb,
                                settings = :settings::jsonb, auto_correct = :autoCorrect, priority = :priority,
                                updated_at = :now
                            WHERE id = :id""")
                    .param("id", id.value()).params(columns(valid)).param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TemplateNameTakenException(valid.name());
        }
        if (updated == 0) {
            throw new TemplateNotFoundException(id);
        }
        return find(id).orElseThrow();
    }

    @Override
    public void delete(TemplateId id) {
        if (jdbc.sql("DELETE FROM configuration_templates WHERE id = :id").param("id", id.value()).update() == 0) {
            throw new TemplateNotFoundException(id);
        }
    }

    @Override
    public Optional<ConfigurationTemplate> find(TemplateId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM configuration_templates WHERE id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    @Override
    public Optional<TenantId> tenantOf(TemplateId id) {
        return jdbc.sql("SELECT tenant_id FROM configuration_templates WHERE id = :id").param("id", id.value())
                .query(UUID.class).optional().map(TenantId::new);
    }

    @Override
    public List<ConfigurationTemplate> list(TenantId tenant, String after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM configuration_templates WHERE tenant_id = :tenant"
                        + " AND (CAST(:after AS text) IS NULL OR name > CAST(:after AS text)) ORDER BY name LIMIT :limit")
                .param("tenant", tenant.value()).param("after", after).param("limit", limit).query(this::map).list();
    }

    /** Templates are few (tens): choosing in memory keeps the precedence rule in one readable place. */
    @Override
    public Optional<ConfigurationTemplate> applicableTo(ChargerIdentity charger, String vendor, String model) {
        // list(), not stream(): a stream keeps its connection until closed, and nothing here would close it
        // Only the charger's tenant's templates: another tenant's never configures it.
        return jdbc.sql("SELECT " + COLUMNS + " FROM configuration_templates"
                        + " WHERE tenant_id = (SELECT tenant_id FROM chargers WHERE identity = :charger)")
                .param("charger", charger.value()).query(this::map).list().stream()
                .filter(t -> t.matches(charger.value(), vendor, model))
                .min(PRECEDENCE);
    }

    /**
     * A template lists only its tenant's chargers. Identities are unique across tenants (the OCPP endpoint is
     * shared), so a listed charger that does not exist yet is kept, as before tenants; another tenant's is refused.
     */
    private void ownChargersOnly(TenantId tenant, TemplateDefinition definition) {
        if (definition.chargers().isEmpty()) {
            return;
        }
        List<String> foreign = jdbc.sql("""
                        SELECT identity FROM chargers WHERE identity IN (:identities) AND tenant_id <> :tenant
                         ORDER BY identity""")
                .param("identities", definition.chargers()).param("tenant", tenant.value())
                .query(String.class).list();
        if (!foreign.isEmpty()) {
            throw new InvalidSettingException("chargers", "No charger " + String.join(", ", foreign));
        }
    }

    private Map<String, Object> columns(TemplateDefinition d) {
        Map<String, Object> columns = new HashMap<>(); // vendor and model may be null
        columns.put("name", d.name());
        columns.put("vendor", d.vendor());
        columns.put("model", d.model());
        columns.put("chargers", json.writeValueAsString(d.chargers()));
        columns.put("settings", json.writeValueAsString(d.settings()));
        columns.put("autoCorrect", d.autoCorrect());
        columns.put("priority", d.priority());
        return columns;
    }

    static TemplateDefinition validated(TemplateDefinition d) {
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidSettingException("name", "A template name has 1 to " + MAX_NAME + " characters");
        }
        String vendor = blankToNull(d.vendor());
        String model = blankToNull(d.model());
        if (!d.chargers().isEmpty() && (vendor != null || model != null)) {
            throw new InvalidSettingException("chargers", "Match either listed chargers or vendor/model, not both");
        }
        for (String identity : d.chargers()) {
            try {
                new ChargerIdentity(identity);
            } catch (RuntimeException e) {
                throw new InvalidSettingException("chargers", "'" + identity + "' is not a charger identity");
            }
        }
        if (d.settings().isEmpty() || d.settings().size() > MAX_SETTINGS) {
            throw new InvalidSettingException("settings", "A template has 1 to " + MAX_SETTINGS + " settings");
        }
        d.settings().forEach((setting, value) -> {
            String field = "settings." + setting;
            if (setting.isBlank() || value == null) {
                throw new InvalidSettingException(field, "Every setting has a name and a value");
            }
            // Only common names have a known type here; raw keys and variables are checked per charger.
            CommonSettings.find(setting).map(c -> c.kind().problem(value)).ifPresent(problem -> {
                throw new InvalidSettingException(field, setting + " " + problem);
            });
        });
        return new TemplateDefinition(name, vendor, model, d.chargers(), new TreeMap<>(d.settings()),
                d.autoCorrect(), d.priority());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private ConfigurationTemplate map(ResultSet rs, int row) throws SQLException {
        return new ConfigurationTemplate(new TemplateId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("vendor"), rs.getString("model"), json.readValue(rs.getString("chargers"), IDENTITIES),
                json.readValue(rs.getString("settings"), SETTINGS), rs.getBoolean("auto_correct"),
                rs.getInt("priority"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
