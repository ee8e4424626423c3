package io.busbar.webhooks.internal;

import io.busbar.tenants.TenantId;
import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.WebhookDeliveries;
import io.busbar.webhooks.WebhookDelivery;
import io.busbar.webhooks.WebhookId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log, always filtered by the caller's tenant (through the subscription). */
@Service
class DeliveryLog implements WebhookDeliveries {
    private static final String COLUMNS = """
            d.id, d.subscription_id, d.event_id, d.event_type, d.order_key, d.state, d.attempts, d.next_attempt_at,
            d.created_at, d.delivered_at, d.replay_of, d.last_http_status, d.last_error""";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WebhookDelivery> list(TenantId tenant, WebhookId webhook, WebhookDelivery.State state, EventType type,
                                      DeliveryId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                        WHERE s.tenant_id = :tenant AND d.subscription_id = :webhook
                          AND (CAST(:state AS text) IS NULL OR d.state = :state)
                          AND (CAST(:type AS text) IS NULL OR d.event_type = :type)
                          AND (CAST(:before AS uuid) IS NULL
                               OR d.seq < (SELECT seq FROM webhook_deliveries WHERE id = :before))
                        ORDER BY d.seq DESC LIMIT :limit""")
                .param("tenant", tenant.value()).param("webhook", webhook.value())
                .param("state", state == null ? null : state.name()).param("type", type == null ? null : type.literal())
                .param("before", before == null ? null : before.value()).param("limit", limit)
                .query((rs, n) -> delivery(rs, List.of())).list();
    }

    @Override
    public Optional<WebhookDelivery> find(TenantId tenant, DeliveryId id) {
        List<WebhookDelivery.Attempt> attempts = jdbc.sql("""
                        SELECT attempt, at, duration_ms, http_status, error FROM webhook_delivery_attempts
                         WHERE delivery_id = :id ORDER BY attempt""")
                .param("id", id.value())
                .query((rs, n) -> new WebhookDelivery.Attempt(rs.getInt("attempt"), Rows.instant(rs, "at"),
                        rs.getLong("duration_ms"), rs.getObject("http_status", Integer.class), rs.getString("error")))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                        WHERE d.id = :id AND s.tenant_id = :tenant""")
                .param("id", id.value()).param("tenant", tenant.value())
                .query((rs, n) -> delivery(rs, attempts)).optional();
    }

    @Override
    @Transactional
    public Optional<WebhookDelivery> replay(TenantId tenant, DeliveryId id) {
        DeliveryId replay = DeliveryId.random();
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, order_key, state,
                                                        next_attempt_at, created_at, replay_of)
                        SELECT :replay, d.subscription_id, d.event_id, d.event_type, d.order_key, 'PENDING', :now, :now, d.id
                          FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                         WHERE d.id = :id AND s.tenant_id = :tenant""")
                .param("replay", replay.value()).param("now", Rows.sql(now)).param("id", id.value())
                .param("tenant", tenant.value()).update();
        return inserted == 1 ? find(tenant, replay) : Optional.empty();
    }

    @Override
    public Optional<TenantId> ownerOf(DeliveryId id) {
        return jdbc.sql("""
                        SELECT s.tenant_id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                         WHERE d.id = :id""")
                .param("id", id.value()).query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class)))
                .optional();
    }

    private static WebhookDelivery delivery(ResultSet rs, List<WebhookDelivery.Attempt> attempts) throws SQLException {
        UUID replayOf = rs.getObject("replay_of", UUID.class);
        return new WebhookDelivery(new DeliveryId(rs.getObject("id", UUID.class)),
                new WebhookId(rs.getObject("subscription_id", UUID.class)), rs.getObject("event_id", UUID.class),
                EventType.ofLiteral(rs.getString("event_type")).orElseThrow(), rs.getString("order_key"),
                WebhookDelivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"), Rows.instant(rs, "created_at"), Rows.instant(rs, "delivered_at"),
                replayOf == null ? null : new DeliveryId(replayOf), rs.getObject("last_http_status", Integer.class),
                rs.getString("last_error"), attempts);
    }
}
