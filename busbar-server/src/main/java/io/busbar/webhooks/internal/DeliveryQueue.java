package io.busbar.webhooks.internal;

import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.WebhookId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The work of the {@link DeliveryWorker}, claimed from PostgreSQL so that several nodes can share it. Order per
 * charger: a delivery is only due when no earlier delivery (lower seq) of the same subscription and charger is
 * still PENDING, so at most one delivery per (subscription, charger) is in flight and a later event never
 * overtakes an earlier one that is being retried.
 */
@Component
class DeliveryQueue {
    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The due heads of their queues, each leased until {@code now + lease} (so no other worker takes it while it is
     * sent). Run in a short transaction of its own: no connection is held while the receivers answer.
     */
    List<Claimed> claim(Instant now, Duration lease, int limit) {
        List<Claimed> due = jdbc.sql("""
                        SELECT d.id, d.subscription_id, d.event_id, d.attempts, e.payload
                          FROM webhook_deliveries d
                          JOIN webhook_events e ON e.id = d.event_id
                          JOIN webhook_subscriptions s ON s.id = d.subscription_id
                         WHERE d.state = 'PENDING' AND d.next_attempt_at <= :now
                           AND (s.active OR d.event_type = 'webhook.ping')
                           AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
                                            WHERE earlier.subscription_id = d.subscription_id
                                              AND earlier.order_key = d.order_key
                                              AND earlier.state = 'PENDING' AND earlier.seq < d.seq)
                         ORDER BY d.seq
                         LIMIT :limit
                           FOR UPDATE OF d SKIP LOCKED""")
                .param("now", Rows.sql(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(new DeliveryId(rs.getObject("id", UUID.class)),
                        new WebhookId(rs.getObject("subscription_id", UUID.class)),
                        rs.getObject("event_id", UUID.class), rs.getInt("attempts") + 1, rs.getString("payload")))
                .list();
        due.forEach(claimed -> jdbc.sql("UPDATE webhook_deliveries SET next_attempt_at = :until WHERE id = :id")
                .param("id", claimed.id().value()).param("until", Rows.sql(now.plus(lease))).update());
        return due;
    }

    /**
     * Records the attempt and its consequence: DELIVERED on a 2xx, else PENDING until {@code retryAt}, or DEAD
     * when there is none.
     */
    void record(Claimed claimed, DeliverySender.Outcome outcome, Optional<Instant> retryAt) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery_attempts (delivery_id, attempt, at, duration_ms, http_status, error)
                        VALUES (:id, :attempt, :at, :duration, :status, :error)
                        ON CONFLICT (delivery_id, attempt) DO NOTHING""")
                .param("id", claimed.id().value()).param("attempt", claimed.attempt())
                .param("at", Rows.sql(outcome.at())).param("duration", outcome.durationMillis())
                .param("status", outcome.httpStatus()).param("error", outcome.error()).update();
        String state = outcome.succeeded() ? "DELIVERED" : retryAt.isPresent() ? "PENDING" : "DEAD";
        jdbc.sql("""
                        UPDATE webhook_deliveries
                           SET state = :state, attempts = :attempt, last_http_status = :status, last_error = :error,
                               next_attempt_at = COALESCE(:retryAt, next_attempt_at),
                               delivered_at = CASE WHEN :state = 'DELIVERED' THEN CAST(:at AS timestamptz) END
                         WHERE id = :id AND state = 'PENDING'""")
                .param("id", claimed.id().value()).param("state", state).param("attempt", claimed.attempt())
                .param("status", outcome.httpStatus()).param("error", outcome.error())
                .param("retryAt", Rows.sql(retryAt.orElse(null))).param("at", Rows.sql(outcome.at())).update();
    }

    /** A delivery claimed for its {@code attempt}-th attempt, with the exact body to send. */
    record Claimed(DeliveryId id, WebhookId subscription, UUID event, int attempt, String payload) {
    }
}
