package io.busbar.connectivity;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerNotifications;
import io.busbar.gateway.ChargerContext;
import io.busbar.ocpp.schema.PayloadBinder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Keeps a protocol message as a charger notification, its fields (as sent, spec names) as the details. */
@Component
public class NotificationRecorder {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final ChargerNotifications notifications;
    private final PayloadBinder binder;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationRecorder(ChargerNotifications notifications, PayloadBinder binder, ObjectMapper json, Clock clock) {
        this.notifications = notifications;
        this.binder = binder;
        this.json = json;
        this.clock = clock;
    }

    public void record(ChargerContext charger, ChargerNotification.Type type, Instant timestamp, Object message) {
        Map<String, Object> details = json.convertValue(binder.toTree(message), MAP);
        notifications.record(new ChargerNotification(new ChargerIdentity(charger.identity()), type,
                timestamp == null ? clock.instant() : timestamp, details));
    }
}
