package io.busbar.chargers;

import io.busbar.chargers.ChargerPresence.PresenceEvent;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
@RecordApplicationEvents
class ChargerPresenceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    ChargerPresence presence;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ApplicationEvents events;

    @Test
    void connectionsAndDisconnectionsAreKeptAsHistoryAndPublished() {
        ChargerIdentity identity = registered("CP-PRESENCE");

        presence.connected(identity, "ocpp1.6", "192.0.2.10", T0);
        presence.disconnected(identity, "link dead", T0.plusSeconds(600));
        presence.connected(identity, "ocpp2.0.1", "192.0.2.10", T0.plusSeconds(660));

        assertThat(presence.history(identity, 10))
                .extracting(PresenceEvent::online, PresenceEvent::detail, PresenceEvent::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "connected with ocpp2.0.1", T0.plusSeconds(660)),
                        org.assertj.core.groups.Tuple.tuple(false, "link dead", T0.plusSeconds(600)),
                        org.assertj.core.groups.Tuple.tuple(true, "connected with ocpp1.6", T0));
        assertThat(presence.history(identity, 1)).hasSize(1);
        assertThat(events.stream(ChargerWentOnline.class))
                .containsExactly(new ChargerWentOnline(identity, T0), new ChargerWentOnline(identity, T0.plusSeconds(660)));
        assertThat(events.stream(ChargerWentOffline.class))
                .containsExactly(new ChargerWentOffline(identity, "link dead", T0.plusSeconds(600)));

        Charger charger = registry.find(identity).orElseThrow();
        assertThat(charger.online()).isTrue();
        assertThat(charger.protocol()).isEqualTo("ocpp2.0.1");
        assertThat(charger.connectedSince()).isEqualTo(T0.plusSeconds(660));
    }

    @Test
    void offlineChargerHasNoConnectedSinceAndKeepsLastSeen() {
        ChargerIdentity identity = registered("CP-GONE");
        presence.connected(identity, "ocpp1.6", "192.0.2.11", T0);

        presence.disconnected(identity, "closed by charger", T0.plusSeconds(30));

        Charger charger = registry.find(identity).orElseThrow();
        assertThat(charger.online()).isFalse();
        assertThat(charger.connectedSince()).isNull();
        assertThat(charger.lastSeen()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void replacedConnectionDoesNotTakeTheChargerOffline() {
        ChargerIdentity identity = registered("CP-RECONNECT");
        presence.connected(identity, "ocpp1.6", "192.0.2.12", T0);
        presence.connected(identity, "ocpp1.6", "192.0.2.13", T0.plusSeconds(5));

        presence.disconnected(identity, "replaced", T0.plusSeconds(6));

        assertThat(registry.find(identity).orElseThrow().online()).isTrue();
        assertThat(events.stream(ChargerWentOffline.class)).isEmpty();
    }

    @Test
    void disconnectOlderThanTheCurrentConnectionIsIgnored() {
        ChargerIdentity identity = registered("CP-LATE-CLOSE");
        presence.connected(identity, "ocpp1.6", "192.0.2.14", T0.plusSeconds(100));

        presence.disconnected(identity, "link dead", T0.plusSeconds(50));

        assertThat(registry.find(identity).orElseThrow().online()).isTrue();
        assertThat(presence.history(identity, 10)).hasSize(1);
    }

    @Test
    void seenMovesLastSeenForwardOnly() {
        ChargerIdentity identity = registered("CP-HEARTBEAT");
        presence.connected(identity, "ocpp1.6", "192.0.2.15", T0);

        presence.seen(identity, T0.plusSeconds(300));
        presence.seen(identity, T0.plusSeconds(200));

        assertThat(registry.find(identity).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(300));
        assertThat(presence.history(identity, 10)).hasSize(1);
    }

    @Test
    void unknownChargerThatConnectsBecomesVisibleAsPending() {
        ChargerIdentity identity = new ChargerIdentity("CP-UNANNOUNCED");

        presence.connected(identity, "ocpp2.0.1", "198.51.100.7", T0);

        Charger charger = registry.find(identity).orElseThrow();
        assertThat(charger.registration()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(charger.online()).isTrue();
        assertThat(registry.list(new ChargerRegistry.ChargerFilter(null, RegistrationStatus.PENDING, true), null, 10))
                .extracting(Charger::identity).contains(identity);
    }

    private ChargerIdentity registered(String value) {
        ChargerIdentity identity = new ChargerIdentity(value);
        registry.register(new RegisterCharger(identity, null, null, null));
        return identity;
    }
}
