package io.busbar.alerts.internal;

import io.busbar.alerts.AlertId;
import io.busbar.alerts.Delivery;
import io.busbar.alerts.EscalationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The alert_deliveries outbox and its attempts. Listeners and checks only add rows here (inside their
 * transaction); {@link DeliveryJob} sends them, so no listener ever waits for a webhook or an SMTP server.
 */
@Component
class DeliveryOutbox {
    private static final String COLUMNS = """
            id, alert_id, level, channel, target, state, attempts, next_attempt_at, created_at, delivered_at""";

    private final JdbcClient jdbc;

    DeliveryOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One PENDING delivery per channel target of the level, due at once. */
    void enqueue(AlertId alert, int level, EscalationLevel targets, Instant now) {
        targets.webhooks().forEach(url -> insert(alert, level, Delivery.Channel.WEBHOOK, url.toString(), now));
        targets.emails().forEach(address -> insert(alert, level, Delivery.Channel.EMAIL, address, now));
    }

    private void insert(AlertId alert, int level, Delivery.Channel channel, String target, Instant now) {
        jdbc.sql("""
                        INSERT INTO alert_deliveries (id, alert_id, level, channel, target, state, next_attempt_at, created_at)
                        VALUES (:id, :alert, :level, :channel, :target, 'PENDING', :now, :now)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("alert", alert.value()).param("level", level)
                .param("channel", channel.name()).param("target", target).param("now", Rows.sql(now)).update();
    }

    /**
     * The deliveries due by {@code now}, each pushed {@code lease} into the future so that a second sender (another
     * node) leaves it alone while this one sends it. Run in a transaction.
     */
    List<Due> claimDue(Instant now, Duration lease, int limit) {
        List<Due> due = jdbc.sql("SELECT " + COLUMNS + " FROM alert_deliveries WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Rows.sql(now)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), new AlertId(rs.getObject("alert_id", UUID.class)),
                        rs.getInt("level"),
                        Delivery.Channel.valueOf(rs.getString("channel")), rs.getString("target"),
                        rs.getInt("attempts") + 1))
                .list();
        due.forEach(d -> jdbc.sql("UPDATE alert_deliveries SET next_attempt_at = :until WHERE id = :id")
                .param("id", d.id()).param("until", Rows.sql(now.plus(lease))).update());
        return due;
    }

    /** Records the attempt; the delivery is DELIVERED, FAILED (no attempts left) or due again at {@code retryAt}. */
    void record(Due due, Delivery.Attempt attempt, Instant retryAt, boolean lastAttempt) {
        jdbc.sql("""
                        INSERT INTO alert_delivery_attempts (delivery_id, attempt, at, succeeded, http_status, error)
                        VALUES (:id, :attempt, :at, :ok, :status, :error) ON CONFLICT DO NOTHING""")
                .param("id", due.id()).param("attempt", attempt.attempt()).param("at", Rows.sql(attempt.at()))
                .param("ok", attempt.succeeded()).param("status", attempt.httpStatus()).param("error", attempt.error())
                .update();
        String state = attempt.succeeded() ? "DELIVERED" : lastAttempt ? "FAILED" : "PENDING";
        jdbc.sql("""
                        UPDATE alert_deliveries SET state = :state, attempts = :attempt, next_attempt_at = :retryAt,
                               delivered_at = CASE WHEN :state = 'DELIVERED' THEN CAST(:at AS timestamptz) END
                         WHERE id = :id""")
                .param("id", due.id()).param("state", state).param("attempt", attempt.attempt())
                .param("retryAt", Rows.sql(retryAt)).param("at", Rows.sql(attempt.at())).update();
    }

    List<Delivery> of(AlertId alert) {
        Map<UUID, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.delivery_id, a.attempt, a.at, a.succeeded, a.http_status, a.error
                          FROM alert_delivery_attempts a JOIN alert_deliveries d ON d.id = a.delivery_id
                         WHERE d.alert_id = :alert ORDER BY a.delivery_id, a.attempt""")
                .param("alert", alert.value())
                .query((ResultSet rs) -> {
                    attempts.computeIfAbsent(rs.getObject("delivery_id", UUID.class), k -> new ArrayList<>())
                            .add(new Delivery.Attempt(rs.getInt("attempt"), Rows.instant(rs, "at"),
                                    rs.getBoolean("succeeded"), rs.getObject("http_status", Integer.class),
                                    rs.getString("error")));
                });
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_deliveries WHERE alert_id = :alert ORDER BY seq")
                .param("alert", alert.value())
                .query((rs, n) -> delivery(rs, attempts.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private static Delivery delivery(ResultSet rs, List<Delivery.Attempt> attempts) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getInt("level"),
                Delivery.Channel.valueOf(rs.getString("channel")), rs.getString("target"),
                Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"), Rows.instant(rs, "created_at"), Rows.instant(rs, "delivered_at"),
                attempts);
    }

    /** A delivery claimed for its {@code attempt}-th attempt. */
    record Due(UUID id, AlertId alert, int level, Delivery.Channel channel, String target, int attempt) {
    }
}
