package io.busbar.ocpp201;

import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcFrame;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.StopReason;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.simulator.chargepoint.TransactionEvent.EventType;
import io.busbar.simulator.wire.CallErrorException;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OCPP 2.0.1 over a real socket against the whole Busbar on PostgreSQL, following the use cases of the
 * specification (B01 boot, C01 authorization, E01-E07 transactions...). Results are checked through REST.
 */
@BusbarTest
class Ocpp201ConformanceTest {
    private static final String PASSWORD = "twenty-chars-secret-201";
    private static final String TOKEN = "AA11BB22CC33";

    @LocalServerPort
    int port;
    RestApi api;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    final List<SimulatedChargePoint> stations = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new RestApi(port);
        if (api.get("/api/v1/id-tokens?limit=500").get("items").isEmpty()) {
            api.post("/api/v1/id-tokens", Map.of("value", TOKEN, "type", "ISO14443"));
            api.post("/api/v1/id-tokens", Map.of("value", "BLOCKED-201", "blocked", true));
        }
    }

    @AfterEach
    void closeStations() {
        stations.forEach(SimulatedChargePoint::close);
    }

    private SimulatedChargePoint registeredStation(String identity) {
        api.post("/api/v1/chargers", Map.of("identity", identity, "password", PASSWORD));
        SimulatedChargePoint cs = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", identity, OcppVersion.V201)
                .password(PASSWORD).clock(clock).connect();
        stations.add(cs);
        return cs;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("B01 Cold boot: Accepted with interval, StatusNotification and presence visible")
    void B01_coldBoot() throws Exception {
        SimulatedChargePoint cs = registeredStation("B01-CS");
        SimulatedChargePoint.BootResult boot = await(cs.boot());
        assertThat(boot.status()).isEqualTo("Accepted");
        assertThat(boot.interval()).isEqualTo(Duration.ofSeconds(300));
        await(cs.statusNotification(1, 1, "Available"));
        await(cs.heartbeat());

        JsonNode charger = api.get("/api/v1/chargers/B01-CS");
        assertThat(charger.get("online").asBoolean()).isTrue();
        assertThat(charger.get("protocol").asString()).isEqualTo("ocpp2.0.1");
        assertThat(charger.get("model").asString()).isEqualTo(SimulatedChargePoint.MODEL);
        assertThat(charger.get("evses").findValuesAsString("status")).containsExactly("AVAILABLE");
    }

    @Test
    @DisplayName("B02 Cold boot Pending: B02.FR.09 other messages get SecurityError until approved")
    void B02_pendingThenApproved() throws Exception {
        SimulatedChargePoint cs = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", "B02-UNKNOWN", OcppVersion.V201)
                .clock(clock).connect();
        stations.add(cs);
        assertThat(await(cs.boot()).status()).isEqualTo("Pending");
        assertThatThrownBy(() -> await(cs.statusNotification(1, 1, "Available")))
                .hasCauseInstanceOf(CallErrorException.class).cause().hasMessageContaining("SecurityError");

        api.post("/api/v1/chargers/B02-UNKNOWN/approve", Map.of());

        assertThat(await(cs.boot()).status()).isEqualTo("Accepted");
        await(cs.statusNotification(1, 1, "Available"));
    }

    @Test
    @DisplayName("C01 Authorization by RFID: Accepted, Unknown, Blocked")
    void C01_authorize() throws Exception {
        SimulatedChargePoint cs = registeredStation("C01-CS");
        await(cs.boot());
        assertThat(await(cs.authorize(TOKEN))).isEqualTo("Accepted");
        assertThat(await(cs.authorize("NOT-A-CARD"))).isEqualTo("Unknown");
        assertThat(await(cs.authorize("BLOCKED-201"))).isEqualTo("Blocked");
    }

    @Test
    @DisplayName("E02 Cable plug-in first, E06 stop: one session with the metered energy, SoC and stop reason")
    void E02_cablePluginFirst() throws Exception {
        SimulatedChargePoint cs = registeredStation("E02-CS");
        await(cs.boot());
        ChargingSession session = cs.plugIn(1, new SimulatedEv(75_000, 30, 22_000, 3)).authorize(TOKEN).start();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(15));
            session.advance(Duration.ofMinutes(15));
        }
        session.stop(StopReason.EV_DISCONNECTED);

        JsonNode stored = api.onlySessionOf("E02-CS");
        assertThat(stored.get("state").asString()).isEqualTo("ENDED");
        assertThat(stored.get("chargerTransactionId").asString()).isEqualTo(session.transactionId());
        assertThat(stored.get("energyWh").asLong()).isEqualTo(session.energyWh()).isGreaterThan(10_000);
        assertThat(stored.get("stopReason").asString()).isEqualTo("EVDisconnected");
        assertThat(stored.get("stateOfCharge").asDouble()).isGreaterThan(30);
    }

    @Test
    @DisplayName("E05 Start with an id that is not accepted: the Started answer says so")
    void E05_idNotAccepted() throws Exception {
        SimulatedChargePoint cs = registeredStation("E05-CS");
        await(cs.boot());
        JsonNode answer = await(cs.transactionEvent(new TransactionEvent(EventType.STARTED, clock.instant(),
                "Authorized", "e05-tx", "EVConnected", null, "NOT-A-CARD", 1, 1, null, false, List.of())));
        assertThat(answer.path("idTokenInfo").path("status").asString()).isEqualTo("Unknown");
    }

    @Test
    @DisplayName("E04/E12 Offline transaction: events queued while offline make one ended session with the right energy")
    void E12_offlineTransaction() throws Exception {
        SimulatedChargePoint cs = registeredStation("E12-CS");
        await(cs.boot());
        cs.disconnect();
        ChargingSession session = cs.plugIn(1, new SimulatedEv(50_000, 40, 11_000, 3)).authorize(TOKEN).start();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            session.advance(Duration.ofMinutes(10));
        }
        session.stop(StopReason.LOCAL);

        cs.reconnect();

        // The queue is flushed when its last message has been sent; its answer (and commit) may still be on the way.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode stored = api.onlySessionOf("E12-CS");
            assertThat(stored.get("state").asString()).isEqualTo("ENDED");
            assertThat(stored.get("energyWh").asLong()).isEqualTo(session.energyWh());
        });
    }

    @Test
    @DisplayName("Retried and out-of-order TransactionEvents: Ended before Updated, Ended twice — one session, right energy")
    void outOfOrderAndRetriedEvents() throws Exception {
        SimulatedChargePoint cs = registeredStation("ORDER-CS");
        await(cs.boot());
        Instant t0 = clock.instant();
        TransactionEvent started = event(EventType.STARTED, t0, "Authorized", "EVConnected", null, 1_000);
        TransactionEvent updated = event(EventType.UPDATED, t0.plusSeconds(600), "MeterValuePeriodic", "Charging", null, 2_000);
        TransactionEvent ended = event(EventType.ENDED, t0.plusSeconds(1200), "StopAuthorized", "EVConnected", "Local", 3_500);
        await(cs.transactionEvent(started));
        await(cs.transactionEvent(ended));
        await(cs.transactionEvent(updated));
        await(cs.transactionEvent(ended));

        JsonNode stored = api.onlySessionOf("ORDER-CS");
        assertThat(stored.get("state").asString()).isEqualTo("ENDED");
        assertThat(stored.get("energyWh").asLong()).isEqualTo(2_500);
    }

    private TransactionEvent event(EventType type, Instant at, String trigger, String chargingState, String stoppedReason,
                                   long energyWh) {
        MeterReading reading = new MeterReading(at, type == EventType.STARTED ? MeterReading.ReadingContext.TRANSACTION_BEGIN
                : type == EventType.ENDED ? MeterReading.ReadingContext.TRANSACTION_END : MeterReading.ReadingContext.SAMPLE_PERIODIC,
                energyWh, 7_000, 1, 30.4, 230, null);
        return new TransactionEvent(type, at, trigger, "order-tx-1", chargingState, stoppedReason,
                type == EventType.STARTED ? TOKEN : null, 1, 1, null, false, List.of(reading));
    }

    @Test
    @DisplayName("Invalid frames get the 2.0.1 CALLERROR and the connection stays usable")
    void invalidFramesAnsweredWithCallErrors() throws Exception {
        SimulatedChargePoint cs = registeredStation("BADFRAMES-201");
        await(cs.boot());
        RpcFrame malformed = await(cs.sendRaw("[2, \"x1\", \"Heartbeat\", {"));
        assertThat(((CallError) malformed).errorCode()).isEqualTo("RpcFrameworkError");
        assertThat(malformed.messageId()).isEqualTo("-1");
        assertCallError(await(cs.sendRaw("[2, \"x2\", \"NoSuchAction\", {}]")), "NotImplemented");
        assertCallError(await(cs.sendRaw("[2, \"x3\", \"Heartbeat\", []]")), "FormatViolation");
        assertCallError(await(cs.sendRaw("[2, \"x4\", \"StatusNotification\", {\"timestamp\": \"2026-11-27T09:00:00Z\", \"connectorStatus\": \"Available\", \"evseId\": 1}]")),
                "OccurrenceConstraintViolation");
        assertCallError(await(cs.sendRaw("[2, \"x5\", \"StatusNotification\", {\"timestamp\": \"2026-11-27T09:00:00Z\", \"connectorStatus\": \"Available\", \"evseId\": \"1\", \"connectorId\": 1}]")),
                "TypeConstraintViolation");
        assertCallError(await(cs.sendRaw("[2, \"x6\", \"StatusNotification\", {\"timestamp\": \"2026-11-27T09:00:00Z\", \"connectorStatus\": \"Free\", \"evseId\": 1, \"connectorId\": 1}]")),
                "PropertyConstraintViolation");
        assertCallError(await(cs.sendRaw("[9, \"x7\", \"Heartbeat\", {}]")), "MessageTypeNotSupported");

        await(cs.heartbeat());
    }

    private static void assertCallError(RpcFrame frame, String code) {
        assertThat(frame).isInstanceOf(CallError.class);
        assertThat(((CallError) frame).errorCode()).isEqualTo(code);
    }
}
