package io.busbar.chargers;

import io.busbar.chargers.ChargerNotification.Type;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BusbarTest
class ChargerNotificationsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T11:00:00Z");

    @Autowired
    ChargerNotifications notifications;
    @Autowired
    ChargerRegistry registry;

    @Test
    void firmwareStatusIsKeptAndBecomesTheChargersFirmwareStatus() {
        ChargerIdentity identity = registered("CP-FIRMWARE");

        notifications.record(new ChargerNotification(identity, Type.FIRMWARE_STATUS, T0,
                Map.of("status", "Downloading", "requestId", 7)));
        notifications.record(new ChargerNotification(identity, Type.FIRMWARE_STATUS, T0.plusSeconds(90),
                Map.of("status", "Installed", "requestId", 7)));

        assertThat(registry.find(identity).orElseThrow().firmwareStatus()).isEqualTo("Installed");
        assertThat(notifications.recent(identity, Type.FIRMWARE_STATUS, 1)).singleElement()
                .isEqualTo(new ChargerNotification(identity, Type.FIRMWARE_STATUS, T0.plusSeconds(90),
                        Map.of("status", "Installed", "requestId", 7)));
    }

    @Test
    void recentIsNewestFirstFilteredByTypeAndKeepsNestedDetails() {
        ChargerIdentity identity = registered("CP-EVENTS");
        notifications.record(new ChargerNotification(identity, Type.SECURITY_EVENT, T0,
                Map.of("type", "StartupOfTheDevice")));
        notifications.record(new ChargerNotification(identity, Type.DATA_TRANSFER, T0.plusSeconds(1),
                Map.of("vendorId", "com.example", "data", Map.of("temperatures", List.of(41, 43)))));
        notifications.record(new ChargerNotification(identity, Type.SECURITY_EVENT, T0.plusSeconds(2),
                Map.of("type", "ResetOrReboot")));

        assertThat(notifications.recent(identity, Type.SECURITY_EVENT, 10))
                .extracting(notification -> notification.details().get("type"))
                .containsExactly("ResetOrReboot", "StartupOfTheDevice");
        assertThat(notifications.recent(identity, null, 10)).extracting(ChargerNotification::type)
                .containsExactly(Type.SECURITY_EVENT, Type.DATA_TRANSFER, Type.SECURITY_EVENT);
        assertThat(notifications.recent(identity, Type.DATA_TRANSFER, 10).getFirst().details())
                .containsEntry("data", Map.of("temperatures", List.of(41, 43)));
        assertThat(registry.find(identity).orElseThrow().firmwareStatus()).isNull();
    }

    @Test
    void notificationOfAnUnknownChargerIsRefused() {
        assertThatThrownBy(() -> notifications.record(new ChargerNotification(new ChargerIdentity("CP-NOBODY"),
                Type.LOG_STATUS, T0, Map.of("status", "Uploaded"))))
                .isInstanceOf(ChargerNotFoundException.class);
    }

    private ChargerIdentity registered(String value) {
        ChargerIdentity identity = new ChargerIdentity(value);
        registry.register(new RegisterCharger(identity, null, null, null));
        return identity;
    }
}
