package io.busbar.alerts.internal;

import io.busbar.alerts.AlertRule;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertRuleSpec;
import io.busbar.alerts.EscalationLevel;
import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.platform.SecretBox;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The alert_rules table; escalation levels are a jsonb array. */
@Component
class AlertRuleStore {
    private static final String COLUMNS = """
            id, name, enabled, min_severity, site_id, vendor, model, fault_types, min_duration_ms, webhook_secret,
            levels::text AS levels, created_at, updated_at, tenant_id""";

    /** Webhook secrets must stay usable to sign, so they are sealed (encrypted), not hashed. */
    private static final String SECRET_PURPOSE = "alert-rule-webhook";
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final SecretBox secrets;

    AlertRuleStore(JdbcClient jdbc, ObjectMapper json, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TenantId tenant, AlertRuleId id, AlertRuleSpec spec, Instant at) {
        jdbc.sql("""
                        INSERT INTO alert_rules (id, name, enabled, min_severity, site_id, vendor, model, fault_types,
                                                 min_duration_ms, webhook_secret, levels, created_at, updated_at,
                                                 tenant_id)
                        VALUES (:id, :name, :enabled, :severity, :site, :vendor, :model, CAST(:types AS text[]),
                                :duration, :secret, CAST(:levels AS jsonb), :at, :at, :tenant)""")
                .param("id", id.value()).param("tenant", tenant.value()).params(columns(spec))
                .param("secret", secrets.seal(spec.webhookSecret(), SECRET_PURPOSE))
                .param("at", Rows.sql(at)).update();
    }

    /** A null secret in the spec keeps the stored one. False when the rule does not exist. */
    boolean update(AlertRuleId id, AlertRuleSpec spec, Instant at) {
        return jdbc.sql("""
                        UPDATE alert_rules SET name = :name, enabled = :enabled, min_severity = :severity, site_id = :site,
                               vendor = :vendor, model = :model, fault_types = CAST(:types AS text[]),
                               min_duration_ms = :duration, webhook_secret = COALESCE(:secret, webhook_secret),
                               levels = CAST(:levels AS jsonb), updated_at = :at
                         WHERE id = :id""")
                .param("id", id.value()).params(columns(spec)).param("secret", secrets.seal(spec.webhookSecret(), SECRET_PURPOSE))
                .param("at", Rows.sql(at)).update() == 1;
    }

    boolean delete(AlertRuleId id) {
        return jdbc.sql("DELETE FROM alert_rules WHERE id = :id").param("id", id.value()).update() == 1;
    }

    /** The rule with its secret (for signing), never handed out of the module. */
    Optional<StoredRule> find(AlertRuleId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rules WHERE id = :id").param("id", id.value())
                .query(this::rule).optional();
    }

    /** The tenant's rules; a null tenant: every tenant's, for Busbar's own jobs. */
    List<StoredRule> list(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rules"
                        + " WHERE CAST(:tenant AS uuid) IS NULL OR tenant_id = :tenant ORDER BY seq")
                .param("tenant", tenant == null ? null : tenant.value()).query(this::rule).list();
    }

    /** The tenant's enabled rules: the only ones that may match its chargers. */
    List<StoredRule> enabled(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rules WHERE enabled AND tenant_id = :tenant ORDER BY seq")
                .param("tenant", tenant.value()).query(this::rule).list();
    }

    private java.util.Map<String, Object> columns(AlertRuleSpec spec) {
        var values = new java.util.HashMap<String, Object>();
        values.put("name", spec.name().strip());
        values.put("enabled", spec.enabled());
        values.put("severity", spec.minSeverity().name());
        values.put("site", spec.siteId() == null ? null : spec.siteId().value());
        values.put("vendor", spec.vendor());
        values.put("model", spec.model());
        values.put("types", spec.faultTypes().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("duration", spec.minDuration().toMillis());
        values.put("levels", levels(spec.levels()));
        return values;
    }

    private String levels(List<EscalationLevel> levels) {
        ArrayNode array = json.createArrayNode();
        for (EscalationLevel level : levels) {
            ObjectNode node = array.addObject();
            node.put("afterMs", level.after().toMillis());
            ArrayNode webhooks = node.putArray("webhooks");
            level.webhooks().forEach(url -> webhooks.add(url.toString()));
            ArrayNode emails = node.putArray("emails");
            level.emails().forEach(emails::add);
        }
        return json.writeValueAsString(array);
    }

    private StoredRule rule(ResultSet rs, int row) throws SQLException {
        List<EscalationLevel> levels = new ArrayList<>();
        for (JsonNode node : json.readTree(rs.getString("levels"))) {
            List<URI> webhooks = new ArrayList<>();
            node.path("webhooks").forEach(url -> webhooks.add(URI.create(url.asString())));
            List<String> emails = new ArrayList<>();
            node.path("emails").forEach(address -> emails.add(address.asString()));
            levels.add(new EscalationLevel(Duration.ofMillis(node.path("afterMs").asLong()), webhooks, emails));
        }
        Array types = rs.getArray("fault_types");
        UUID site = rs.getObject("site_id", UUID.class);
        String secret = secrets.open(rs.getString("webhook_secret"), SECRET_PURPOSE);
        AlertRuleSpec spec = new AlertRuleSpec(rs.getString("name"), rs.getBoolean("enabled"),
                FaultSeverity.valueOf(rs.getString("min_severity")), site == null ? null : new SiteId(site),
                rs.getString("vendor"), rs.getString("model"),
                Arrays.stream((String[]) types.getArray()).map(FaultType::valueOf).collect(Collectors.toSet()),
                Duration.ofMillis(rs.getLong("min_duration_ms")), null, levels);
        AlertRule rule = new AlertRule(new AlertRuleId(rs.getObject("id", UUID.class)), spec, secret != null,
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
                new TenantId(rs.getObject("tenant_id", UUID.class)));
        return new StoredRule(rule, secret);
    }

    /** A rule and its webhook secret. */
    record StoredRule(AlertRule rule, String webhookSecret) {
        AlertRuleSpec spec() {
            return rule.spec();
        }

        AlertRuleId id() {
            return rule.id();
        }

        @Override
        public String toString() {
            return "StoredRule[" + rule + "]";
        }
    }
}
