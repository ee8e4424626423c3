package io.busbar.faults;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.Ocpp16Messages;
import io.busbar.simulator.chargepoint.Ocpp201Messages;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The unified fault log over real sockets: simulated 1.6 and 2.0.1 chargers report errors, drop their connection,
 * boot in a loop, fail sessions and charge without energy; the faults appear (and close) in the REST API, and the
 * driver-facing availability follows. Thresholds are seconds here so the test runs quickly.
 */
@BusbarTest
@TestPropertySource(properties = {
        "busbar.faults.check-interval=200ms",
        "busbar.faults.connection-grace=2s",
        "busbar.faults.boot-loop-boots=3",
        "busbar.faults.boot-loop-window=1m",
        "busbar.faults.boot-loop-quiet=3s",
        "busbar.faults.failed-session-minimum=1h",
        "busbar.faults.ghost-failed-starts=3",
        "busbar.faults.ghost-no-energy=3s",
        "busbar.faults.meter-sample-interval=2s",
        "busbar.faults.ghost-silent-samples=3"})
class FaultLogTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void TC_032_statusNotificationGroundFailureOpensAnErrorFaultThatRecoveryCloses() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-GF", OcppVersion.V16);
        // Reports older than the connector's current status are history only (offline-queued), so stamp ahead.
        Instant faultedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
        Instant recoveredAt = faultedAt.plusSeconds(45);

        charger.call("StatusNotification", Ocpp16Messages.statusNotification(1, "Faulted", faultedAt)
                .put("errorCode", "GroundFailure").put("info", "RCD tripped")).get(10, TimeUnit.SECONDS);

        JsonNode fault = await().atMost(Duration.ofSeconds(10)).until(() -> faults("chargerId=FLT-GF"), f -> f.size() == 1).getFirst();
        assertThat(fault.get("type").asString()).isEqualTo("CONNECTOR_ERROR");
        assertThat(fault.get("severity").asString()).isEqualTo("ERROR");
        assertThat(fault.get("code").asString()).isEqualTo("GroundFailure");
        assertThat(fault.get("evseId").asInt()).isEqualTo(1);
        assertThat(fault.get("source").get("info").asString()).isEqualTo("RCD tripped");
        assertThat(Instant.parse(fault.get("openedAt").asString())).isEqualTo(faultedAt);
        assertThat(fault.get("open").asBoolean()).isTrue();
        assertThat(availability("FLT-GF", 1).get("availability").asString()).isEqualTo("OUT_OF_ORDER");

        // The same error reported again is the same fault, not a second one.
        charger.call("StatusNotification", Ocpp16Messages.statusNotification(1, "Faulted", faultedAt.plusSeconds(5))
                .put("errorCode", "GroundFailure").put("info", "still tripped")).get(10, TimeUnit.SECONDS);
        charger.call("StatusNotification", Ocpp16Messages.statusNotification(1, "Available", recoveredAt))
                .get(10, TimeUnit.SECONDS);

        JsonNode closed = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/faults/" + fault.get("id").asString()), f -> !f.get("open").asBoolean());
        assertThat(Instant.parse(closed.get("openedAt").asString())).isEqualTo(faultedAt);
        assertThat(Instant.parse(closed.get("closedAt").asString())).isEqualTo(recoveredAt);
        assertThat(closed.get("closedBecause").asString()).isEqualTo("recovered: AVAILABLE");
        assertThat(faults("chargerId=FLT-GF")).hasSize(1);
        assertThat(availability("FLT-GF", 1).get("availability").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void TC_032_highTemperatureIsAWarningAndAVendorCodeAVendorError() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-HT", OcppVersion.V16);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
        charger.call("StatusNotification", Ocpp16Messages.statusNotification(1, "Available", at)
                .put("errorCode", "HighTemperature")).get(10, TimeUnit.SECONDS);
        charger.call("StatusNotification", Ocpp16Messages.statusNotification(2, "Faulted", at)
                .put("errorCode", "OtherError").put("vendorId", "Acme").put("vendorErrorCode", "E-4711"))
                .get(10, TimeUnit.SECONDS);

        List<JsonNode> found = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-HT"), f -> f.size() == 2);
        JsonNode vendor = found.stream().filter(f -> f.get("evseId").asInt() == 2).findFirst().orElseThrow();
        JsonNode temperature = found.stream().filter(f -> f.get("evseId").asInt() == 1).findFirst().orElseThrow();
        assertThat(temperature.get("severity").asString()).isEqualTo("WARNING");
        assertThat(temperature.get("code").asString()).isEqualTo("HighTemperature");
        assertThat(vendor.get("type").asString()).isEqualTo("VENDOR_ERROR");
        assertThat(vendor.get("code").asString()).isEqualTo("E-4711");
        assertThat(vendor.get("severity").asString()).isEqualTo("ERROR");
        // A warning does not take the EVSE from drivers; a Faulted EVSE does.
        assertThat(availability("FLT-HT", 1).get("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(availability("FLT-HT", 2).get("availability").asString()).isEqualTo("OUT_OF_ORDER");
    }

    @Test
    void G04_connectorFaultedThenAvailable_201() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-201", OcppVersion.V201);
        Instant faultedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
        charger.call("StatusNotification", Ocpp201Messages.statusNotification(1, 1, "Faulted", faultedAt))
                .get(10, TimeUnit.SECONDS);
        JsonNode fault = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-201&open=true"), f -> f.size() == 1).getFirst();
        assertThat(fault.get("type").asString()).isEqualTo("CONNECTOR_ERROR");
        assertThat(fault.get("severity").asString()).isEqualTo("ERROR");
        assertThat(fault.get("code").asString()).isEqualTo("Faulted");

        Instant recoveredAt = faultedAt.plusSeconds(20);
        charger.call("StatusNotification", Ocpp201Messages.statusNotification(1, 1, "Available", recoveredAt))
                .get(10, TimeUnit.SECONDS);
        JsonNode closed = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/faults/" + fault.get("id").asString()), f -> !f.get("open").asBoolean());
        assertThat(Instant.parse(closed.get("openedAt").asString())).isEqualTo(faultedAt);
        assertThat(Instant.parse(closed.get("closedAt").asString())).isEqualTo(recoveredAt);
    }

    @Test
    void connectionDropLongerThanTheGraceIsConnectionLostUntilReconnect() {
        SimulatedChargePoint charger = chargers.booted("FLT-DROP", OcppVersion.V16);
        charger.disconnect();
        JsonNode lost = await().atMost(Duration.ofSeconds(15))
                .until(() -> faults("chargerId=FLT-DROP&type=CONNECTION_LOST"), f -> f.size() == 1).getFirst();
        assertThat(lost.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(lost.has("evseId")).as("charger-wide").isFalse();
        assertThat(availability("FLT-DROP", 1).get("availability").asString()).isEqualTo("UNAVAILABLE");

        charger.reconnect();
        JsonNode closed = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/faults/" + lost.get("id").asString()), f -> !f.get("open").asBoolean());
        assertThat(closed.get("closedBecause").asString()).isEqualTo("reconnected");
        assertThat(Instant.parse(closed.get("closedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(closed.get("openedAt").asString()).plusSeconds(2));
    }

    @Test
    void aShortBlipLeavesNoFault() {
        SimulatedChargePoint charger = chargers.booted("FLT-BLIP", OcppVersion.V201);
        charger.disconnect();
        charger.reconnect();
        // Well past the grace (2 s) and many checks (200 ms): still nothing.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8))
                .until(() -> faults("chargerId=FLT-BLIP").isEmpty());
    }

    @Test
    void B01_bootLoopOpensCriticalFaultThatClosesAfterAQuietPeriod() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-LOOP", OcppVersion.V16);
        charger.boot().get(10, TimeUnit.SECONDS);
        charger.boot().get(10, TimeUnit.SECONDS);

        JsonNode loop = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-LOOP&type=BOOT_LOOP"), f -> f.size() == 1).getFirst();
        assertThat(loop.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(loop.get("description").asString()).startsWith("3 boots within");
        JsonNode closed = await().atMost(Duration.ofSeconds(15))
                .until(() -> get("/api/v1/faults/" + loop.get("id").asString()), f -> !f.get("open").asBoolean());
        assertThat(closed.get("closedBecause").asString()).isEqualTo("no boot for PT3S");
    }

    @Test
    void E06_sessionStoppedForPowerLossIsAFailedSession() throws Exception {
        api.post("/api/v1/id-tokens", "{\"value\": \"TAG-FAIL\", \"type\": \"ISO14443\"}");
        SimulatedChargePoint charger = chargers.booted("FLT-SESS", OcppVersion.V16);
        var started = charger.startTransaction(1, "TAG-FAIL", 1000).get(10, TimeUnit.SECONDS);
        charger.stopTransaction(started.transactionId(), "TAG-FAIL", 1000, "PowerLoss").get(10, TimeUnit.SECONDS);

        JsonNode failed = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-SESS&type=SESSION_FAILED"), f -> f.size() == 1).getFirst();
        assertThat(failed.get("severity").asString()).isEqualTo("WARNING");
        assertThat(failed.get("code").asString()).isEqualTo("PowerLoss");
        assertThat(failed.get("evseId").asInt()).isEqualTo(1);
        assertThat(failed.get("source").get("energyWh").asInt()).isZero();

        // The next session that delivers energy closes it.
        var next = charger.startTransaction(1, "TAG-FAIL", 1000).get(10, TimeUnit.SECONDS);
        charger.stopTransaction(next.transactionId(), "TAG-FAIL", 4000, "Local").get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> faults("chargerId=FLT-SESS&open=true").isEmpty());
    }

    @Test
    void restFiltersPagingAndOperatorClose() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-REST", OcppVersion.V16);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
        String[][] reports = {{"1", "Faulted", "GroundFailure"}, {"2", "Available", "WeakSignal"},
                {"3", "Faulted", "OverCurrentFailure"}, {"4", "Available", "HighTemperature"}};
        for (int i = 0; i < reports.length; i++) {
            charger.call("StatusNotification", Ocpp16Messages.statusNotification(Integer.parseInt(reports[i][0]),
                    reports[i][1], at.plusSeconds(i * 60L)).put("errorCode", reports[i][2])).get(10, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> faults("chargerId=FLT-REST"), f -> f.size() == 4);

        JsonNode first = get("/api/v1/faults?chargerId=FLT-REST&limit=3");
        assertThat(codes(first)).containsExactly("HighTemperature", "OverCurrentFailure", "WeakSignal");
        JsonNode second = get("/api/v1/faults?chargerId=FLT-REST&limit=3&before=" + first.get("next").asString());
        assertThat(codes(second)).containsExactly("GroundFailure");
        assertThat(second.get("next").isNull()).isTrue();

        assertThat(codes(get("/api/v1/faults?chargerId=FLT-REST&minSeverity=ERROR")))
                .containsExactly("OverCurrentFailure", "GroundFailure");
        assertThat(codes(get("/api/v1/faults?chargerId=FLT-REST&minSeverity=INFO&type=CONNECTOR_ERROR"))).hasSize(4);
        assertThat(codes(get("/api/v1/faults?chargerId=FLT-REST&type=BOOT_LOOP"))).isEmpty();
        // Overlap: [at+90s, at+150s) meets the faults opened at +120 s and every earlier one still open.
        assertThat(codes(get("/api/v1/faults?chargerId=FLT-REST&from=" + at.plusSeconds(90) + "&to=" + at.plusSeconds(150))))
                .containsExactly("OverCurrentFailure", "WeakSignal", "GroundFailure");

        String ground = items(get("/api/v1/faults?chargerId=FLT-REST&minSeverity=ERROR")).getLast().get("id").asString();
        var close = api.post("/api/v1/faults/" + ground + "/close", "{\"reason\": \"RCD replaced\"}");
        assertThat(close.status()).as(close.body()).isEqualTo(200);
        assertThat(close.json().get("open").asBoolean()).isFalse();
        assertThat(close.json().get("closedBecause").asString()).isEqualTo("RCD replaced");
        assertThat(codes(get("/api/v1/faults?chargerId=FLT-REST&open=false"))).containsExactly("GroundFailure");
        assertThat(codes(get("/api/v1/chargers/FLT-REST/faults?open=true")))
                .containsExactly("HighTemperature", "OverCurrentFailure", "WeakSignal");

        assertThat(api.post("/api/v1/faults/" + ground + "/close", "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/faults/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/chargers/NO-SUCH/faults").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/faults?minSeverity=LOUD").status()).isEqualTo(400);
    }

    /**
     * Acceptance (issue 6): a ghost charger - it reports Charging but no energy flows - is detected and taken out
     * of driver availability within one minute, and stays out when it reports Available again.
     */
    @Test
    void ghostChargerChargingWithoutEnergyLeavesAvailabilityWithinOneMinute() throws Exception {
        api.post("/api/v1/id-tokens", "{\"value\": \"TAG-GHOST\", \"type\": \"ISO14443\"}");
        SimulatedChargePoint charger = chargers.booted("FLT-GHOST", OcppVersion.V16);
        assertThat(availability("FLT-GHOST", 1).get("availability").asString()).isEqualTo("AVAILABLE");
        var started = charger.startTransaction(1, "TAG-GHOST", 5000).get(10, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        charger.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        Instant now = Instant.now();
        charger.meterValues(1, started.transactionId(), List.of(flat(now, 5000), flat(now.plusSeconds(1), 5000)))
                .get(10, TimeUnit.SECONDS);

        JsonNode evse = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> availability("FLT-GHOST", 1), a -> "OUT_OF_ORDER".equals(a.get("availability").asString()));
        Duration detectedIn = Duration.ofNanos(System.nanoTime() - t0);
        System.out.println("Ghost charger (Charging, no energy) left availability after " + detectedIn.toMillis()
                + " ms (ghost-no-energy=3s, check-interval=200ms)");
        assertThat(detectedIn).isLessThan(Duration.ofMinutes(1));
        assertThat(evse.get("reason").asString()).startsWith("GHOST_CHARGER NoEnergyFlow");
        JsonNode ghost = faults("chargerId=FLT-GHOST&type=GHOST_CHARGER").getFirst();
        assertThat(ghost.get("severity").asString()).isEqualTo("ERROR");
        assertThat(ghost.get("evseId").asInt()).isEqualTo(1);

        // The driver gives up; the charger says Available again - drivers still must not be sent there.
        charger.stopTransaction(started.transactionId(), "TAG-GHOST", 5000, "Local").get(10, TimeUnit.SECONDS);
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> "OUT_OF_ORDER".equals(availability("FLT-GHOST", 1).get("availability").asString()));

        // It charges normally again: energy flows, the ghost closes, the EVSE is back for drivers.
        var retry = charger.startTransaction(1, "TAG-GHOST", 5000).get(10, TimeUnit.SECONDS);
        charger.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        Instant later = Instant.now();
        charger.meterValues(1, retry.transactionId(), List.of(flowing(later, 5000), flowing(later.plusSeconds(1), 5100)))
                .get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> faults("chargerId=FLT-GHOST&type=GHOST_CHARGER&open=true").isEmpty());
        assertThat(get("/api/v1/faults/" + ghost.get("id").asString()).get("closedBecause").asString())
                .isEqualTo("energy flows again");
    }

    @Test
    void E02_ghostCharger201ChargingStateChargingWithoutEnergy() throws Exception {
        api.post("/api/v1/id-tokens", "{\"value\": \"TAG-GHOST2\", \"type\": \"ISO14443\"}");
        SimulatedChargePoint charger = chargers.booted("FLT-GHOST2", OcppVersion.V201);
        Instant at = Instant.now();
        long t0 = System.nanoTime();
        charger.transactionEvent(new TransactionEvent(TransactionEvent.EventType.STARTED, at, "Authorized", "ghost-tx-1",
                "Charging", null, "TAG-GHOST2", 1, 1, null, false, List.of(flat(at, 1000)))).get(10, TimeUnit.SECONDS);
        charger.statusNotification(1, 1, "Occupied").get(10, TimeUnit.SECONDS);

        JsonNode evse = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> availability("FLT-GHOST2", 1), a -> "OUT_OF_ORDER".equals(a.get("availability").asString()));
        System.out.println("2.0.1 ghost charger left availability after "
                + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms");
        assertThat(evse.get("reason").asString()).startsWith("GHOST_CHARGER NoEnergyFlow");
    }

    @Test
    void F01_ghostChargerRefusesRemoteStartsAndDeliversNothing() throws Exception {
        api.post("/api/v1/id-tokens", "{\"value\": \"TAG-EMPTY\", \"type\": \"ISO14443\"}");
        SimulatedChargePoint charger = chargers.booted("FLT-EMPTY", OcppVersion.V16);
        charger.onCall("RemoteStartTransaction", call -> tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().put("status", "Rejected"));
        for (int i = 0; i < 2; i++) {
            var refused = api.post("/api/v1/chargers/FLT-EMPTY/commands", """
                    {"command": "RemoteStart", "arguments": {"idToken": "TAG-EMPTY", "evseId": 1}}""");
            assertThat(refused.status()).as(refused.body()).isEqualTo(200);
            assertThat(refused.json().get("status").asString()).isEqualTo("Rejected");
        }
        // The driver plugs in and starts locally: the charger records a session that delivers nothing.
        var started = charger.startTransaction(1, "TAG-EMPTY", 700).get(10, TimeUnit.SECONDS);
        charger.stopTransaction(started.transactionId(), "TAG-EMPTY", 700, "EVDisconnected").get(10, TimeUnit.SECONDS);

        JsonNode ghost = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-EMPTY&type=GHOST_CHARGER"), f -> f.size() == 1).getFirst();
        assertThat(ghost.get("code").asString()).isEqualTo("FailedStarts");
        assertThat(ghost.get("source").get("outcomes").size()).isEqualTo(3);
        assertThat(faults("chargerId=FLT-EMPTY&type=COMMAND_REJECTED")).hasSize(2);
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        assertThat(availability("FLT-EMPTY", 1).get("availability").asString()).isEqualTo("OUT_OF_ORDER");

        // A session that delivers energy closes it.
        var good = charger.startTransaction(1, "TAG-EMPTY", 700).get(10, TimeUnit.SECONDS);
        charger.stopTransaction(good.transactionId(), "TAG-EMPTY", 9700, "Local").get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> faults("chargerId=FLT-EMPTY&type=GHOST_CHARGER&open=true").isEmpty());
        assertThat(availability("FLT-EMPTY", 1).get("availability").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void ghostChargerActiveSessionWithoutMeterValues() throws Exception {
        api.post("/api/v1/id-tokens", "{\"value\": \"TAG-SILENT\", \"type\": \"ISO14443\"}");
        SimulatedChargePoint charger = chargers.booted("FLT-SILENT", OcppVersion.V16);
        charger.startTransaction(1, "TAG-SILENT", 100).get(10, TimeUnit.SECONDS);
        charger.statusNotification(1, 1, "SuspendedEV").get(10, TimeUnit.SECONDS);

        // 3 samples x 2 s without a MeterValues.
        JsonNode ghost = await().atMost(Duration.ofSeconds(20))
                .until(() -> faults("chargerId=FLT-SILENT&type=GHOST_CHARGER"), f -> f.size() == 1).getFirst();
        assertThat(ghost.get("code").asString()).isEqualTo("MeterValuesStopped");
        assertThat(availability("FLT-SILENT", 1).get("availability").asString()).isEqualTo("OUT_OF_ORDER");
    }

    @Test
    void N07_notifyEventAlertingIsADeviceEventUntilCleared() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-EVT", OcppVersion.V201);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        charger.call("NotifyEvent", JSON.readTree(notifyEvent(at, 1, false))).get(10, TimeUnit.SECONDS);

        JsonNode event = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-EVT&type=DEVICE_EVENT"), f -> f.size() == 1).getFirst();
        assertThat(event.get("code").asString()).isEqualTo("Connector.Temperature");
        assertThat(event.get("severity").asString()).isEqualTo("WARNING");
        assertThat(event.get("evseId").asInt()).isEqualTo(1);
        assertThat(event.get("source").get("techCode").asString()).isEqualTo("OT-17");

        charger.call("NotifyEvent", JSON.readTree(notifyEvent(at.plusSeconds(30), 2, true))).get(10, TimeUnit.SECONDS);
        JsonNode cleared = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/faults/" + event.get("id").asString()), f -> !f.get("open").asBoolean());
        assertThat(Instant.parse(cleared.get("closedAt").asString())).isEqualTo(at.plusSeconds(30));
        assertThat(cleared.get("closedBecause").asString()).isEqualTo("cleared by the charger");
    }

    @Test
    void A04_tamperDetectedIsACriticalSecurityEventThatTakesTheChargerFromDrivers() throws Exception {
        SimulatedChargePoint charger = chargers.booted("FLT-SEC", OcppVersion.V201);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        charger.call("SecurityEventNotification", JSON.readTree("""
                {"type": "StartupOfTheDevice", "timestamp": "%s"}""".formatted(at))).get(10, TimeUnit.SECONDS);
        charger.call("SecurityEventNotification", JSON.readTree("""
                {"type": "TamperDetectionActivated", "timestamp": "%s", "techInfo": "door opened"}""".formatted(at)))
                .get(10, TimeUnit.SECONDS);

        JsonNode tamper = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-SEC"), f -> f.size() == 1).getFirst();
        assertThat(tamper.get("type").asString()).isEqualTo("SECURITY_EVENT");
        assertThat(tamper.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(tamper.get("code").asString()).isEqualTo("TamperDetectionActivated");
        assertThat(tamper.get("source").get("techInfo").asString()).isEqualTo("door opened");
        assertThat(availability("FLT-SEC", 1).get("availability").asString()).isEqualTo("OUT_OF_ORDER");
    }

    @Test
    void C11_aRefusedCommandIsAnInstantCommandRejectedFault() {
        SimulatedChargePoint charger = chargers.booted("FLT-CMD", OcppVersion.V201);
        charger.onCall("ClearCache", call -> tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("status", "Rejected"));
        var response = api.post("/api/v1/chargers/FLT-CMD/commands", """
                {"command": "ClearCache", "arguments": {}}""");
        assertThat(response.status()).as(response.body()).isEqualTo(200);

        JsonNode rejected = await().atMost(Duration.ofSeconds(10))
                .until(() -> faults("chargerId=FLT-CMD&type=COMMAND_REJECTED"), f -> f.size() == 1).getFirst();
        assertThat(rejected.get("severity").asString()).isEqualTo("INFO");
        assertThat(rejected.get("code").asString()).isEqualTo("ClearCache:Rejected");
        assertThat(rejected.get("source").get("commandId").asString()).isEqualTo(response.json().get("commandId").asString());
        assertThat(rejected.get("open").asBoolean()).isFalse();
        assertThat(rejected.get("closedAt").asString()).isEqualTo(rejected.get("openedAt").asString());
        assertThat(availability("FLT-CMD", 1).get("availability").asString()).isEqualTo("AVAILABLE");
    }

    private static String notifyEvent(Instant at, int eventId, boolean cleared) {
        return """
                {"generatedAt": "%s", "seqNo": 0, "eventData": [{"eventId": %d, "timestamp": "%s",
                  "trigger": "Alerting", "actualValue": "%s", "techCode": "OT-17", %s
                  "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
                  "variable": {"name": "Temperature"}, "eventNotificationType": "HardWiredMonitor"}]}"""
                .formatted(at, eventId, at, cleared ? "61" : "92", cleared ? "\"cleared\": true," : "");
    }

    private static MeterReading flat(Instant at, long wh) {
        return new MeterReading(at, MeterReading.ReadingContext.SAMPLE_PERIODIC, wh, 0, 3, 0.0, 230, null);
    }

    private static MeterReading flowing(Instant at, long wh) {
        return new MeterReading(at, MeterReading.ReadingContext.SAMPLE_PERIODIC, wh, 11000, 3, 16.0, 230, null);
    }

    private JsonNode availability(String charger, int evseId) {
        return items(get("/api/v1/availability")).stream()
                .filter(a -> charger.equals(a.get("chargerId").asString()) && a.get("evseId").asInt() == evseId)
                .findFirst().orElseThrow(() -> new AssertionError("no availability for " + charger + "/" + evseId));
    }

    private List<JsonNode> faults(String query) {
        return items(get("/api/v1/faults?" + query));
    }

    private static List<String> codes(JsonNode page) {
        return items(page).stream().map(f -> f.get("code").asString()).toList();
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    private JsonNode get(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

}
