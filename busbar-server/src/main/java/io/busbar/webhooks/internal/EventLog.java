package io.busbar.webhooks.internal;

import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.WebhookId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records events and their deliveries (webhook_events, webhook_deliveries) in the caller's transaction: the outbox
 * the {@link DeliveryWorker} works through. An event is recorded at most once per source key.
 */
@Component
class EventLog {
    private final JdbcClient jdbc;
    private final SubscriptionStore subscriptions;
    private final ObjectMapper json;
    private final Clock clock;

    EventLog(JdbcClient jdbc, SubscriptionStore subscriptions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One event and one delivery per active subscription of its tenant that receives its type. Nothing when no
     * subscription wants it, or when the source event was recorded before.
     *
     * @return the number of deliveries queued
     */
    int record(WebhookEvent event) {
        List<WebhookId> receivers = subscriptions.receiving(event.tenant(), event.type());
        if (receivers.isEmpty()) {
            return 0;
        }
        Optional<UUID> recorded = insertEvent(event);
        recorded.ifPresent(id -> receivers.forEach(receiver -> insertDelivery(id, receiver, event, null)));
        return recorded.isPresent() ? receivers.size() : 0;
    }

    /** An event for one subscription only, whatever its types and active flag (the test ping). */
    DeliveryId recordFor(WebhookId subscription, WebhookEvent event) {
        UUID id = insertEvent(event).orElseThrow(() -> new IllegalStateException("ping key reused"));
        return insertDelivery(id, subscription, event, null);
    }

    private Optional<UUID> insertEvent(WebhookEvent event) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO webhook_events (id, source_key, tenant_id, type, charger_id, occurred_at,
                                                    recorded_at, payload)
                        VALUES (:id, :key, :tenant, :type, :charger, :occurred, :now, :payload)
                        ON CONFLICT (source_key) DO NOTHING""")
                .param("id", id).param("key", event.sourceKey()).param("tenant", event.tenant().value())
                .param("type", event.type().literal()).param("charger", event.charger())
                .param("occurred", Rows.sql(event.occurredAt())).param("now", Rows.sql(clock.instant()))
                .param("payload", payload(id, event)).update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    private DeliveryId insertDelivery(UUID event, WebhookId subscription, WebhookEvent about, DeliveryId replayOf) {
        DeliveryId id = DeliveryId.random();
        Instant now = clock.instant();
        // From the subscription row, so that one deleted meanwhile (the receivers are kept in memory for a few
        // seconds, and another node may delete) gets no delivery instead of failing the change's transaction.
        jdbc.sql("""
                        INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, order_key, state,
                                                        next_attempt_at, created_at, replay_of)
                        SELECT CAST(:id AS uuid), s.id, CAST(:event AS uuid), :type, :orderKey, 'PENDING', :now, :now,
                               CAST(:replayOf AS uuid)
                          FROM webhook_subscriptions s WHERE s.id = :subscription""")
                .param("id", id.value()).param("subscription", subscription.value()).param("event", event)
                .param("type", about.type().literal()).param("orderKey", about.charger())
                .param("now", Rows.sql(now)).param("replayOf", replayOf == null ? null : replayOf.value()).update();
        return id;
    }

    /** The published body: {@code {id, type, occurredAt, tenantId, chargerId?, data}}. */
    private String payload(UUID id, WebhookEvent event) {
        ObjectNode body = json.createObjectNode();
        body.put("id", id.toString());
        body.put("type", event.type().literal());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("tenantId", event.tenant().value().toString());
        if (event.charger() != null) {
            body.put("chargerId", event.charger());
        }
        body.set("data", event.data());
        return json.writeValueAsString(body);
    }
}
