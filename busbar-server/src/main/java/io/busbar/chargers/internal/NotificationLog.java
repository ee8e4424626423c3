package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerNotificationRecorded;
import io.busbar.chargers.ChargerNotifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Notifications as rows with their details in jsonb; firmware status also lands on the charger row. */
@Service
class NotificationLog implements ChargerNotifications {
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationLog(JdbcClient jdbc, ObjectMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** @throws ChargerNotFoundException when the charger has no row */
    @Override
    @Transactional
    public void record(ChargerNotification notification) {
        Objects.requireNonNull(notification.charger(), "charger");
        Objects.requireNonNull(notification.type(), "type");
        Objects.requireNonNull(notification.timestamp(), "timestamp");
        Map<String, Object> details = notification.details() == null ? Map.of() : notification.details();
        try {
            jdbc.sql("""
                            INSERT INTO charger_notifications (charger, type, "timestamp", details, received_at)
                            VALUES (:charger, :type, :timestamp, CAST(:details AS jsonb), :receivedAt)""")
                    .param("charger", notification.charger().value())
                    .param("type", notification.type().name())
                    .param("timestamp", Timestamps.toSql(notification.timestamp()))
                    .param("details", json.writeValueAsString(details))
                    .param("receivedAt", Timestamps.toSql(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new ChargerNotFoundException(notification.charger());
        }
        if (ChargerNotificationRecorded.PUBLISHED.contains(notification.type())) {
            events.publishEvent(new ChargerNotificationRecorded(new ChargerNotification(notification.charger(),
                    notification.type(), notification.timestamp(), details)));
        }
        if (notification.type() == ChargerNotification.Type.FIRMWARE_STATUS && details.get("status") != null) {
            jdbc.sql("UPDATE chargers SET firmware_status = :status WHERE identity = :charger")
                    .param("status", String.valueOf(details.get("status")))
                    .param("charger", notification.charger().value())
                    .update();
        }
    }

    /** Newest first; {@code type} null for every type. */
    @Override
    public List<ChargerNotification> recent(ChargerIdentity identity, ChargerNotification.Type type, int limit) {
        Limits.check(limit);
        String typeCondition = type == null ? "" : " AND type = :type";
        var statement = jdbc.sql("""
                        SELECT type, "timestamp", details::text AS details FROM charger_notifications
                         WHERE charger = :charger""" + typeCondition
                        + " ORDER BY \"timestamp\" DESC, id DESC LIMIT :limit")
                .param("charger", identity.value())
                .param("limit", limit);
        if (type != null) {
            statement = statement.param("type", type.name());
        }
        return statement.query((rs, row) -> new ChargerNotification(identity,
                        ChargerNotification.Type.valueOf(rs.getString("type")), Timestamps.read(rs, "timestamp"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }
}
