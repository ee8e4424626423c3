package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeats are coalesced in memory; the stored last seen catches up by flush, disconnect or shutdown. */
@BusbarTest
@TestPropertySource(properties = "busbar.presence.flush-interval=1h") // flushes only when the test says so
class LastSeenBufferTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    ChargerPresence presence;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    LastSeenBuffer buffer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void heartbeatsAreShownAtOnceAndStoredByOneFlush() {
        ChargerIdentity first = connected("CP-FLUSH-1");
        ChargerIdentity second = connected("CP-FLUSH-2");

        presence.seen(first, T0.plusSeconds(10));
        presence.seen(first, T0.plusSeconds(20));
        presence.seen(second, T0.plusSeconds(15));

        assertThat(storedLastSeen(first)).isEqualTo(T0);
        assertThat(registry.find(first).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(20));
        assertThat(registry.list(ChargerRegistry.ChargerFilter.ALL, "CP-FLUSH-1", 1).getFirst().lastSeen())
                .isEqualTo(T0.plusSeconds(15));

        buffer.flush();

        assertThat(storedLastSeen(first)).isEqualTo(T0.plusSeconds(20));
        assertThat(storedLastSeen(second)).isEqualTo(T0.plusSeconds(15));
        assertThat(buffer.pending(first)).isEmpty();
    }

    @Test
    void flushNeverMovesAStoredLastSeenBack() {
        ChargerIdentity identity = connected("CP-FLUSH-LATE");
        presence.seen(identity, T0.minusSeconds(60));

        buffer.flush();

        assertThat(storedLastSeen(identity)).isEqualTo(T0);
        assertThat(registry.find(identity).orElseThrow().lastSeen()).isEqualTo(T0);
    }

    @Test
    void disconnectStoresTheUnflushedLastSeen() {
        ChargerIdentity identity = connected("CP-FLUSH-GONE");
        presence.seen(identity, T0.plusSeconds(300));

        presence.disconnected(identity, "link dead", T0.plusSeconds(200));

        assertThat(storedLastSeen(identity)).isEqualTo(T0.plusSeconds(300));
        assertThat(buffer.pending(identity)).isEmpty();
    }

    @Test
    void shutdownStoresWhatIsPending() {
        ChargerIdentity identity = connected("CP-FLUSH-STOP");
        presence.seen(identity, T0.plusSeconds(42));

        buffer.stop();
        buffer.start();

        assertThat(storedLastSeen(identity)).isEqualTo(T0.plusSeconds(42));
    }

    private ChargerIdentity connected(String value) {
        ChargerIdentity identity = new ChargerIdentity(value);
        registry.register(new RegisterCharger(identity, null, null, null));
        presence.connected(identity, "ocpp1.6", "192.0.2.20", T0);
        return identity;
    }

    private Instant storedLastSeen(ChargerIdentity identity) {
        return jdbc.sql("SELECT last_seen FROM chargers WHERE identity = :identity")
                .param("identity", identity.value())
                .query(OffsetDateTime.class).single().toInstant();
    }
}
