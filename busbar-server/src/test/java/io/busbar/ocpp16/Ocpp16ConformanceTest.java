package io.busbar.ocpp16;

import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcFrame;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.StopReason;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * OCPP 1.6J over a real socket against the whole Busbar on PostgreSQL, following the OCA 1.6 test cases
 * for a Central System (TC_xxx_CSMS). Results are checked through the REST API, as an operator would.
 */
@BusbarTest
class Ocpp16ConformanceTest {
    private static final String PASSWORD = "sixteen-chars-secret-16";
    private static final String TOKEN = "04E1A2B3C4D5E6";

    @LocalServerPort
    int port;
    RestApi api;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final List<SimulatedChargePoint> chargePoints = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new RestApi(port);
        if (api.get("/api/v1/id-tokens?limit=500").get("items").isEmpty()) {
            api.post("/api/v1/id-tokens", Map.of("value", TOKEN, "label", "Test card"));
            api.post("/api/v1/id-tokens", Map.of("value", "BLOCKED-CARD-01", "blocked", true));
            api.post("/api/v1/id-tokens", Map.of("value", "EXPIRED-CARD-01", "expiresAt", "2020-01-01T00:00:00Z"));
        }
    }

    @AfterEach
    void closeChargePoints() {
        chargePoints.forEach(SimulatedChargePoint::close);
    }

    private SimulatedChargePoint registeredChargePoint(String identity) {
        api.post("/api/v1/chargers", Map.of("identity", identity, "password", PASSWORD));
        SimulatedChargePoint cp = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", identity, OcppVersion.V16)
                .password(PASSWORD).clock(clock).connect();
        chargePoints.add(cp);
        return cp;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("TC_001 Cold boot charge point: Accepted, heartbeat interval, status and presence visible")
    void TC_001_coldBoot() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("TC001-CP");

        SimulatedChargePoint.BootResult boot = await(cp.boot());
        assertThat(boot.status()).isEqualTo("Accepted");
        assertThat(boot.interval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(await(cp.heartbeat())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
        await(cp.statusNotification(0, 0, "Available"));
        await(cp.statusNotification(1, 1, "Available"));

        JsonNode charger = api.get("/api/v1/chargers/TC001-CP");
        assertThat(charger.get("online").asBoolean()).isTrue();
        assertThat(charger.get("protocol").asString()).isEqualTo("ocpp1.6");
        assertThat(charger.get("vendor").asString()).isEqualTo(SimulatedChargePoint.VENDOR);
        assertThat(charger.get("firmwareVersion").asString()).isEqualTo(SimulatedChargePoint.FIRMWARE);
        assertThat(charger.get("evses").findValuesAsString("status")).contains("AVAILABLE");
    }

    @Test
    @DisplayName("TC_003 Regular charging session, plug-in first: one session with the metered energy")
    void TC_003_regularChargingSessionPlugInFirst() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("TC003-CP");
        await(cp.boot());
        ChargingSession session = cp.plugIn(1, new SimulatedEv(60_000, 20, 11_000, 3)).authorize(TOKEN).start();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(5));
            session.advance(Duration.ofMinutes(5));
        }
        clock.advance(Duration.ofMinutes(1));
        session.stop(StopReason.LOCAL);

        JsonNode stored = api.onlySessionOf("TC003-CP");
        assertThat(stored.get("state").asString()).isEqualTo("ENDED");
        assertThat(stored.get("energyWh").asLong()).isEqualTo(session.energyWh()).isGreaterThan(4_000);
        assertThat(stored.get("stopReason").asString()).isEqualTo("Local");
        assertThat(stored.get("idToken").asString()).doesNotContain(TOKEN).endsWith(TOKEN.substring(TOKEN.length() - 4));
        JsonNode readings = api.get("/api/v1/sessions/" + stored.get("id").asString() + "/meter-values");
        assertThat(readings.findValuesAsString("measurand")).contains("Energy.Active.Import.Register", "Power.Active.Import", "SoC");
    }

    @Test
    @DisplayName("TC_004_1 Regular charging session, identification first")
    void TC_004_1_identificationFirst() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("TC004-CP");
        await(cp.boot());
        assertThat(await(cp.authorize(TOKEN))).isEqualTo("Accepted");
        await(cp.statusNotification(1, 1, "Preparing"));
        SimulatedChargePoint.StartResult start = await(cp.startTransaction(1, TOKEN, 1_000));
        assertThat(start.status()).isEqualTo("Accepted");
        await(cp.statusNotification(1, 1, "Charging"));
        clock.advance(Duration.ofMinutes(30));
        await(cp.stopTransaction(start.transactionId(), TOKEN, 6_500, "Local"));

        JsonNode stored = api.onlySessionOf("TC004-CP");
        assertThat(stored.get("transactionNumber").asLong()).isEqualTo(start.transactionId());
        assertThat(stored.get("energyWh").asLong()).isEqualTo(5_500);
    }

    @Test
    @DisplayName("TC_023 Start charging session with an invalid, blocked or expired idTag")
    void TC_023_authorizeRefused() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("TC023-CP");
        await(cp.boot());
        assertThat(await(cp.authorize("NEVER-SEEN-CARD"))).isEqualTo("Invalid");
        assertThat(await(cp.authorize("BLOCKED-CARD-01"))).isEqualTo("Blocked");
        assertThat(await(cp.authorize("EXPIRED-CARD-01"))).isEqualTo("Expired");
    }

    @Test
    @DisplayName("TC_037/038/039 Offline transaction: queued start, meter values and stop make one session once")
    void TC_039_offlineTransaction() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("TC039-CP");
        await(cp.boot());
        cp.disconnect();
        ChargingSession session = cp.plugIn(1, new SimulatedEv(40_000, 50, 7_400, 1)).authorize(TOKEN).start();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            session.advance(Duration.ofMinutes(10));
        }
        session.stop(StopReason.EV_DISCONNECTED);
        assertThat(cp.queuedWhileOffline()).isPositive();

        cp.reconnect();

        // The queue is flushed when its last message has been sent; its answer (and commit) may still be on the way.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode stored = api.onlySessionOf("TC039-CP");
            assertThat(stored.get("state").asString()).isEqualTo("ENDED");
            assertThat(stored.get("energyWh").asLong()).isEqualTo(session.energyWh());
            assertThat(Instant.parse(stored.get("startedAt").asString())).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        });
    }

    @Test
    @DisplayName("A retried StartTransaction gets the same transactionId; a retried StopTransaction changes nothing")
    void retriedMessagesAreIdempotent() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("RETRY16-CP");
        await(cp.boot());
        SimulatedChargePoint.StartResult first = await(cp.startTransaction(1, TOKEN, 500));
        SimulatedChargePoint.StartResult retry = await(cp.startTransaction(1, TOKEN, 500));
        assertThat(retry.transactionId()).isEqualTo(first.transactionId());
        clock.advance(Duration.ofMinutes(20));
        await(cp.stopTransaction(first.transactionId(), TOKEN, 3_500, "Local"));
        await(cp.stopTransaction(first.transactionId(), TOKEN, 3_500, "Local"));

        JsonNode stored = api.onlySessionOf("RETRY16-CP");
        assertThat(stored.get("energyWh").asLong()).isEqualTo(3_000);
    }

    @Test
    @DisplayName("Unknown charger under policy pending: boot Pending, other messages SecurityError, approved by REST")
    void pendingUntilApproved() throws Exception {
        SimulatedChargePoint cp = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", "UNREGISTERED-16", OcppVersion.V16)
                .clock(clock).connect();
        chargePoints.add(cp);
        assertThat(await(cp.boot()).status()).isEqualTo("Pending");
        assertThatThrownBy(() -> await(cp.heartbeat())).hasCauseInstanceOf(CallErrorException.class)
                .cause().hasMessageContaining("SecurityError");
        assertThat(api.get("/api/v1/chargers?registration=PENDING").findValuesAsString("identity")).contains("UNREGISTERED-16");

        api.post("/api/v1/chargers/UNREGISTERED-16/approve", Map.of());

        assertThat(await(cp.boot()).status()).isEqualTo("Accepted");
        assertThat(await(cp.heartbeat())).isNotNull();
    }

    @Test
    @DisplayName("Malformed and invalid frames get the 1.6 CALLERROR and the connection stays usable")
    void invalidFramesAnsweredWithCallErrors() throws Exception {
        SimulatedChargePoint cp = registeredChargePoint("BADFRAMES-16");
        await(cp.boot());
        assertCallError(await(cp.sendRaw("[2, \"m1\", \"Heartbeat\", {]")), "FormationViolation");
        assertCallError(await(cp.sendRaw("[2, \"m2\", \"NoSuchAction\", {}]")), "NotImplemented");
        assertCallError(await(cp.sendRaw("[2, \"m3\", \"StartTransaction\", {\"idTag\": \"X\", \"meterStart\": 0, \"timestamp\": \"2026-11-27T08:00:00Z\"}]")),
                "OccurenceConstraintViolation");
        assertCallError(await(cp.sendRaw("[2, \"m4\", \"StatusNotification\", {\"connectorId\": \"1\", \"errorCode\": \"NoError\", \"status\": \"Available\"}]")),
                "TypeConstraintViolation");
        assertCallError(await(cp.sendRaw("[2, \"m5\", \"Authorize\", {\"idTag\": \"123456789012345678901\"}]")),
                "PropertyConstraintViolation");
        assertCallError(await(cp.sendRaw("[2, \"m6\", \"StatusNotification\", {\"connectorId\": 1, \"errorCode\": \"NoError\", \"status\": \"Charging2\"}]")),
                "PropertyConstraintViolation");
        assertCallError(await(cp.sendRaw("[7, \"m7\", \"Heartbeat\", {}]")), "ProtocolError");

        assertThat(await(cp.heartbeat())).isNotNull();
    }

    private static void assertCallError(RpcFrame frame, String code) {
        assertThat(frame).isInstanceOf(CallError.class).isNotInstanceOf(CallResult.class);
        assertThat(((CallError) frame).errorCode()).isEqualTo(code);
    }
}
