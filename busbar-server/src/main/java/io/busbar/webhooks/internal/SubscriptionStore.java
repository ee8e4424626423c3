package io.busbar.webhooks.internal;

import io.busbar.tenants.TenantId;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.Webhook;
import io.busbar.webhooks.WebhookId;
import io.busbar.webhooks.WebhookSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The webhook_subscriptions table. Secrets come and go sealed; this class never sees one in clear. */
@Component
class SubscriptionStore {
    private static final String COLUMNS = "id, tenant_id, url, event_types, description, active, created_at, updated_at";

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Webhook webhook, String sealedSecret) {
        jdbc.sql("""
                        INSERT INTO webhook_subscriptions (id, tenant_id, url, event_types, description, active,
                                                           secret_sealed, created_at, updated_at)
                        VALUES (:id, :tenant, :url, CAST(:types AS text[]), :description, :active, :secret, :at, :at)""")
                .param("id", webhook.id().value()).param("tenant", webhook.tenant().value())
                .param("url", webhook.url().toString()).param("types", literal(webhook.eventTypes()))
                .param("description", webhook.description()).param("active", webhook.active())
                .param("secret", sealedSecret).param("at", Rows.sql(webhook.createdAt())).update();
    }

    boolean update(TenantId tenant, WebhookId id, WebhookSpec spec, Instant at) {
        return jdbc.sql("""
                        UPDATE webhook_subscriptions SET url = :url, event_types = CAST(:types AS text[]),
                               description = :description, active = :active, updated_at = :at
                         WHERE id = :id AND tenant_id = :tenant""")
                .param("id", id.value()).param("tenant", tenant.value()).param("url", spec.url().toString())
                .param("types", literal(spec.eventTypes())).param("description", spec.description())
                .param("active", spec.active()).param("at", Rows.sql(at)).update() == 1;
    }

    boolean replaceSecret(TenantId tenant, WebhookId id, String sealedSecret, Instant at) {
        return jdbc.sql("""
                        UPDATE webhook_subscriptions SET secret_sealed = :secret, updated_at = :at
                         WHERE id = :id AND tenant_id = :tenant""")
                .param("id", id.value()).param("tenant", tenant.value()).param("secret", sealedSecret)
                .param("at", Rows.sql(at)).update() == 1;
    }

    boolean delete(TenantId tenant, WebhookId id) {
        return jdbc.sql("DELETE FROM webhook_subscriptions WHERE id = :id AND tenant_id = :tenant")
                .param("id", id.value()).param("tenant", tenant.value()).update() == 1;
    }

    Optional<Webhook> find(TenantId tenant, WebhookId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE id = :id AND tenant_id = :tenant")
                .param("id", id.value()).param("tenant", tenant.value())
                .query((rs, n) -> webhook(rs)).optional();
    }

    List<Webhook> list(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE tenant_id = :tenant"
                        + " ORDER BY created_at, id")
                .param("tenant", tenant.value()).query((rs, n) -> webhook(rs)).list();
    }

    /** The tenant's active subscriptions that receive {@code type}. */
    List<WebhookId> receiving(TenantId tenant, EventType type) {
        return jdbc.sql("""
                        SELECT id FROM webhook_subscriptions
                         WHERE tenant_id = :tenant AND active
                           AND (cardinality(event_types) = 0 OR :type = ANY (event_types))
                         ORDER BY created_at, id""")
                .param("tenant", tenant.value()).param("type", type.literal())
                .query((rs, n) -> new WebhookId(rs.getObject("id", UUID.class))).list();
    }

    Optional<TenantId> ownerOf(WebhookId id) {
        return jdbc.sql("SELECT tenant_id FROM webhook_subscriptions WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class))).optional();
    }

    /** The target of a delivery: its URL and sealed secret. */
    Optional<Target> target(WebhookId id) {
        return jdbc.sql("SELECT url, secret_sealed FROM webhook_subscriptions WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new Target(URI.create(rs.getString("url")), rs.getString("secret_sealed")))
                .optional();
    }

    record Target(URI url, String sealedSecret) {
        @Override
        public String toString() {
            return "Target[url=" + url.getHost() + "]";
        }
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(new WebhookId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)), URI.create(rs.getString("url")),
                types(rs.getArray("event_types")), rs.getString("description"), rs.getBoolean("active"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    private static Set<EventType> types(Array array) throws SQLException {
        Set<EventType> types = new LinkedHashSet<>();
        Arrays.stream((String[]) array.getArray()).forEach(literal -> EventType.ofLiteral(literal).ifPresent(types::add));
        return types;
    }

    /** A PostgreSQL array literal of the type literals (which contain only [a-z.]). */
    private static String literal(Set<EventType> types) {
        return "{" + String.join(",", types.stream().map(EventType::literal).sorted().toList()) + "}";
    }
}
