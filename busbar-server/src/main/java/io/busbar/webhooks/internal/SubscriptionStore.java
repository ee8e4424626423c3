package io.busbar.webhooks.internal;

import io.busbar.tenants.TenantId;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.Webhook;
import io.busbar.webhooks.WebhookId;
import io.busbar.webhooks.WebhookSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.busbar.platform.AfterCommit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The webhook_subscriptions table. Secrets come and go sealed; this class never sees one in clear.
 *
 * <p>Who receives an event is asked on every charger connect, status change and session event, inside the change's
 * transaction: the answer is kept per tenant ({@link #receiving}) and dropped when this node changes a subscription
 * of the tenant (at once and again after commit, so a read racing the commit is not kept). A change made on another
 * node is seen within {@link #KEEP} (no cluster module broadcasts invalidations yet).
 */
@Component
class SubscriptionStore {
    static final Duration KEEP = Duration.ofSeconds(10);
    private static final String COLUMNS = "id, tenant_id, url, event_types, description, active, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<TenantId, Receivers> receivers = new ConcurrentHashMap<>();

    /** A tenant's active subscriptions in creation order, with the event types each receives (empty = all). */
    private record Receivers(List<WebhookId> ids, List<Set<String>> types, Instant loadedAt) {
        List<WebhookId> of(EventType type) {
            List<WebhookId> wanted = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                if (types.get(i).isEmpty() || types.get(i).contains(type.literal())) {
                    wanted.add(ids.get(i));
                }
            }
            return wanted;
        }
    }

    SubscriptionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private void changed(TenantId tenant) {
        receivers.remove(tenant);
        AfterCommit.run(() -> receivers.remove(tenant));
    }

    void insert(Webhook webhook, String sealedSecret) {
        changed(webhook.tenant());
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
        changed(tenant);
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
        changed(tenant);
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

    /** The tenant's active subscriptions that receive {@code type}, in creation order. */
    List<WebhookId> receiving(TenantId tenant, EventType type) {
        Instant now = clock.instant();
        Receivers known = receivers.get(tenant);
        if (known == null || known.loadedAt().isBefore(now.minus(KEEP))) {
            known = load(tenant, now);
            receivers.put(tenant, known);
        }
        return known.of(type);
    }

    private Receivers load(TenantId tenant, Instant now) {
        List<WebhookId> ids = new ArrayList<>();
        List<Set<String>> types = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, event_types FROM webhook_subscriptions
                         WHERE tenant_id = :tenant AND active ORDER BY created_at, id""")
                .param("tenant", tenant.value())
                .query(rs -> {
                    ids.add(new WebhookId(rs.getObject("id", UUID.class)));
                    types.add(Set.of((String[]) rs.getArray("event_types").getArray()));
                });
        return new Receivers(List.copyOf(ids), List.copyOf(types), now);
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
