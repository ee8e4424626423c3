package io.busbar.api.control;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.StopReason;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reset, unlock, availability, trigger, data transfer, composite schedule and display messages over real sockets:
 * the REST answer, the frame the simulated charger received, what it did next, and the audit log.
 */
@BusbarTest
class RemoteControlTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String TOKEN = "04AA11BB22CC33";

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

    // ---- reset ------------------------------------------------------------------------------------------------

    @Test
    void TC_013_hardResetWithoutTransactionRebootsTheCharger() {
        SimulatedChargePoint charger = chargers.booted("RC-RESET-16", OcppVersion.V16);
        Instant bootedAt = Instant.parse(api.get("/api/v1/chargers/RC-RESET-16").json().get("lastBootAt").asString());

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-RESET-16/commands/reset", """
                {"kind": "HARD"}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "Reset").get("type").asString()).isEqualTo("Hard");
        assertThat(logged(answer).get("status").asString()).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> charger.remoteControl().reset().reboots() == 1);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = api.get("/api/v1/chargers/RC-RESET-16").json();
            assertThat(detail.get("online").asBoolean()).isTrue();
            assertThat(Instant.parse(detail.get("lastBootAt").asString())).isAfterOrEqualTo(bootedAt);
            assertThat(connectorStatus(detail, 1)).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void B11_onIdleResetWithARunningTransactionIsScheduledUntilItEnds() {
        registerToken();
        SimulatedChargePoint charger = chargers.booted("RC-RESET-201", OcppVersion.V201);
        ChargingSession session = charge(charger);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-RESET-201/commands/reset", """
                {"kind": "OnIdle"}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Scheduled");
        assertThat(received(charger, "Reset").get("type").asString()).isEqualTo("OnIdle");
        assertThat(received(charger, "Reset").has("evseId")).isFalse();
        assertThat(charger.remoteControl().reset().reboots()).isZero();

        session.stop(StopReason.LOCAL);

        await().atMost(WAIT).until(() -> charger.remoteControl().reset().reboots() == 1);
    }

    @Test
    void B12_immediateResetOfAnEvseEndsItsTransactionWithImmediateReset() {
        registerToken();
        SimulatedChargePoint charger = chargers.booted("RC-RESET-EVSE", OcppVersion.V201);
        charge(charger);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-RESET-EVSE/commands/reset", """
                {"kind": "HARD", "evseId": 1}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "Reset").get("type").asString()).isEqualTo("Immediate");
        assertThat(received(charger, "Reset").get("evseId").asInt()).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode session = api.get("/api/v1/sessions?chargerId=RC-RESET-EVSE").json().get("items").get(0);
            assertThat(session.get("state").asString()).isEqualTo("ENDED");
            assertThat(session.get("stopReason").asString()).isEqualTo("ImmediateReset");
        });
    }

    @Test
    void resettingOneEvseCannotBeSaidInOcpp16AndNothingIsSent() {
        SimulatedChargePoint charger = chargers.booted("RC-RESET-EVSE16", OcppVersion.V16);

        var response = api.post("/api/v1/chargers/RC-RESET-EVSE16/commands/reset", """
                {"kind": "SOFT", "evseId": 1}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("one EVSE");
        assertThat(charger.receivedCalls()).isEmpty();
    }

    @Test
    void anOfflineChargerIsA409() {
        chargers.register("RC-OFFLINE");

        var response = api.post("/api/v1/chargers/RC-OFFLINE/commands/reset", "{}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/charger-offline");
    }

    // ---- unlock -----------------------------------------------------------------------------------------------

    @Test
    void TC_017_unlockConnectorWithoutSession() {
        SimulatedChargePoint charger = chargers.booted("RC-UNLOCK-16", OcppVersion.V16);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-UNLOCK-16/commands/unlock-connector", """
                {"evseId": 1, "connectorId": 1}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Unlocked");
        assertThat(received(charger, "UnlockConnector").get("connectorId").asInt()).isEqualTo(1);
        assertThat(logged(answer).get("status").asString()).isEqualTo("Unlocked");
    }

    @Test
    void F05_aStuckLockAnswersUnlockFailed() {
        SimulatedChargePoint charger = chargers.booted("RC-UNLOCK-201", OcppVersion.V201);
        charger.remoteControl().unlockFails(true);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-UNLOCK-201/commands/unlock-connector", """
                {"evseId": 1}"""));

        assertThat(answer.get("status").asString()).isEqualTo("UnlockFailed");
        JsonNode request = received(charger, "UnlockConnector");
        assertThat(request.get("evseId").asInt()).isEqualTo(1);
        assertThat(request.get("connectorId").asInt()).isEqualTo(1);
    }

    // ---- availability -----------------------------------------------------------------------------------------

    @Test
    void G03_anEvseMadeInoperativeReportsUnavailableAndBackAvailable() {
        SimulatedChargePoint charger = chargers.booted("RC-AVAIL-201", OcppVersion.V201);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-AVAIL-201/commands/change-availability", """
                {"evseId": 1, "operative": false}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        JsonNode request = received(charger, "ChangeAvailability");
        assertThat(request.get("operationalStatus").asString()).isEqualTo("Inoperative");
        assertThat(request.get("evse").get("id").asInt()).isEqualTo(1);
        await().atMost(WAIT).until(() -> "UNAVAILABLE".equals(connectorStatus("RC-AVAIL-201", 1)));

        ok(api.post("/api/v1/chargers/RC-AVAIL-201/commands/change-availability", """
                {"evseId": 1, "operative": true}"""));

        await().atMost(WAIT).until(() -> "AVAILABLE".equals(connectorStatus("RC-AVAIL-201", 1)));
    }

    @Test
    void changeAvailabilityOfAWhole16ChargerIsConnectorZero() {
        SimulatedChargePoint charger = chargers.booted("RC-AVAIL-16", OcppVersion.V16);

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-AVAIL-16/commands/change-availability", """
                {"operative": false}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        JsonNode request = received(charger, "ChangeAvailability");
        assertThat(request.get("connectorId").asInt()).isZero();
        assertThat(request.get("type").asString()).isEqualTo("Inoperative");
        await().atMost(WAIT).until(() -> "UNAVAILABLE".equals(connectorStatus("RC-AVAIL-16", 1)));
    }

    // ---- trigger ----------------------------------------------------------------------------------------------

    @Test
    void F06_aTriggeredBootNotificationIsSentAfterTheAnswer() {
        SimulatedChargePoint charger = chargers.booted("RC-TRIGGER-201", OcppVersion.V201);
        Instant bootedAt = Instant.parse(api.get("/api/v1/chargers/RC-TRIGGER-201").json().get("lastBootAt").asString());

        JsonNode answer = ok(api.post("/api/v1/chargers/RC-TRIGGER-201/commands/trigger-message", """
                {"message": "BootNotification"}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "TriggerMessage").get("requestedMessage").asString()).isEqualTo("BootNotification");
        await().atMost(WAIT).until(() -> Instant.parse(api.get("/api/v1/chargers/RC-TRIGGER-201").json()
                .get("lastBootAt").asString()).isAfter(bootedAt));
    }

    @Test
    void triggerNamesAreMappedPerVersion() {
        SimulatedChargePoint v16 = chargers.booted("RC-TRIGGER-16", OcppVersion.V16);
        SimulatedChargePoint v201 = chargers.booted("RC-TRIGGER-CERT", OcppVersion.V201);

        JsonNode status = ok(api.post("/api/v1/chargers/RC-TRIGGER-16/commands/trigger-message", """
                {"message": "StatusNotification", "evseId": 1}"""));
        var transactionEventOn16 = api.post("/api/v1/chargers/RC-TRIGGER-16/commands/trigger-message", """
                {"message": "TransactionEvent"}""");
        JsonNode certificate = ok(api.post("/api/v1/chargers/RC-TRIGGER-CERT/commands/trigger-message", """
                {"message": "SignChargingStationCertificate"}"""));
        JsonNode diagnostics = ok(api.post("/api/v1/chargers/RC-TRIGGER-CERT/commands/trigger-message", """
                {"message": "DiagnosticsStatusNotification"}"""));

        assertThat(status.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(v16, "TriggerMessage").get("connectorId").asInt()).isEqualTo(1);
        assertThat(transactionEventOn16.status()).isEqualTo(400);
        assertThat(transactionEventOn16.json().get("detail").asString()).contains("OCPP 1.6 cannot trigger");
        assertThat(v16.receivedCalls()).hasSize(1);
        assertThat(certificate.get("status").asString()).isEqualTo("NotImplemented");
        assertThat(diagnostics.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(v201, "TriggerMessage").get("requestedMessage").asString()).isEqualTo("LogStatusNotification");
    }

    // ---- data transfer ----------------------------------------------------------------------------------------

    @Test
    void dataTransferSendsJsonAsTextTo16AndAsJsonTo201() {
        SimulatedChargePoint v16 = chargers.booted("RC-DATA-16", OcppVersion.V16);
        SimulatedChargePoint v201 = chargers.booted("RC-DATA-201", OcppVersion.V201);
        String body = """
                {"vendorId": "Busbar", "messageId": "SetLed", "data": {"colour": "green"}}""";

        JsonNode as16 = ok(api.post("/api/v1/chargers/RC-DATA-16/commands/data-transfer", body));
        JsonNode as201 = ok(api.post("/api/v1/chargers/RC-DATA-201/commands/data-transfer", body));
        JsonNode unknownVendor = ok(api.post("/api/v1/chargers/RC-DATA-201/commands/data-transfer", """
                {"vendorId": "com.example", "data": "hello"}"""));

        assertThat(received(v16, "DataTransfer").get("data").asString()).isEqualTo("{\"colour\":\"green\"}");
        assertThat(as16.get("status").asString()).isEqualTo("Accepted");
        assertThat(as16.get("result").get("data").asString()).isEqualTo("{\"colour\":\"green\"}");
        assertThat(v201.receivedCalls().getFirst().payload().get("data").get("colour").asString()).isEqualTo("green");
        assertThat(as201.get("result").get("data").get("colour").asString()).isEqualTo("green");
        assertThat(unknownVendor.get("status").asString()).isEqualTo("UnknownVendorId");
    }

    // ---- composite schedule -----------------------------------------------------------------------------------

    @Test
    void K08_compositeScheduleIsReturnedAsANeutralSchedule() {
        SimulatedChargePoint v201 = chargers.booted("RC-SCHED-201", OcppVersion.V201);
        SimulatedChargePoint v16 = chargers.booted("RC-SCHED-16", OcppVersion.V16);

        JsonNode amps = ok(api.post("/api/v1/chargers/RC-SCHED-201/commands/composite-schedule", """
                {"evseId": 1, "durationSeconds": 3600, "chargingRateUnit": "A"}"""));
        JsonNode watts = ok(api.post("/api/v1/chargers/RC-SCHED-16/commands/composite-schedule", """
                {"evseId": 1, "durationSeconds": 600, "chargingRateUnit": "W"}"""));

        JsonNode schedule = amps.get("result").get("schedule");
        assertThat(amps.get("status").asString()).isEqualTo("Accepted");
        assertThat(schedule.get("unit").asString()).isEqualTo("A");
        assertThat(schedule.get("durationSeconds").asInt()).isEqualTo(3600);
        assertThat(schedule.get("periods").get(0).get("limit").decimalValue()).isEqualByComparingTo("32");
        assertThat(received(v201, "GetCompositeSchedule").get("evseId").asInt()).isEqualTo(1);
        assertThat(watts.get("result").get("schedule").get("periods").get(0).get("limit").decimalValue())
                .isEqualByComparingTo("22080");
        assertThat(received(v16, "GetCompositeSchedule").get("connectorId").asInt()).isEqualTo(1);
        assertThat(received(v16, "GetCompositeSchedule").get("chargingRateUnit").asString()).isEqualTo("W");
    }

    // ---- display messages -------------------------------------------------------------------------------------

    @Test
    void O01_O04_O05_displayMessagesAreSetReportedAndCleared() {
        SimulatedChargePoint charger = chargers.booted("RC-DISPLAY", OcppVersion.V201);

        JsonNode set = ok(api.post("/api/v1/chargers/RC-DISPLAY/commands/display-messages", """
                {"id": 7, "priority": "InFront", "content": "Free charging until 18:00", "language": "en"}"""));
        JsonNode requested = ok(api.post("/api/v1/chargers/RC-DISPLAY/commands/get-display-messages", "{}"));

        assertThat(set.get("status").asString()).isEqualTo("Accepted");
        JsonNode sent = received(charger, "SetDisplayMessage").get("message");
        assertThat(sent.get("id").asInt()).isEqualTo(7);
        assertThat(sent.get("priority").asString()).isEqualTo("InFront");
        assertThat(sent.get("message").get("format").asString()).isEqualTo("UTF8");
        assertThat(requested.get("status").asString()).isEqualTo("Accepted");
        int requestId = requested.get("result").get("requestId").asInt();
        assertThat(received(charger, "GetDisplayMessages").get("requestId").asInt()).isEqualTo(requestId);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode items = api.get("/api/v1/chargers/RC-DISPLAY/commands/display-messages").json().get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("content").asString()).isEqualTo("Free charging until 18:00");
            assertThat(items.get(0).get("requestId").asInt()).isEqualTo(requestId);
        });

        JsonNode cleared = ok(api.delete("/api/v1/chargers/RC-DISPLAY/commands/display-messages/7"));

        assertThat(cleared.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "ClearDisplayMessage").get("id").asInt()).isEqualTo(7);
        assertThat(charger.remoteControl().display().messages()).isEmpty();
        assertThat(api.get("/api/v1/chargers/RC-DISPLAY/commands/display-messages").json().get("items")).isEmpty();
    }

    @Test
    void displayMessagesOnAn16ChargerAre422AndNothingIsSent() {
        SimulatedChargePoint charger = chargers.booted("RC-DISPLAY-16", OcppVersion.V16);

        var response = api.post("/api/v1/chargers/RC-DISPLAY-16/commands/display-messages", """
                {"id": 1, "content": "Hello"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).endsWith("/command-not-supported");
        assertThat(charger.receivedCalls()).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode logged(JsonNode answer) {
        return api.get("/api/v1/commands/" + answer.get("commandId").asString()).json();
    }

    static JsonNode received(SimulatedChargePoint charger, String action) {
        return charger.receivedCalls().stream().filter(call -> call.action().equals(action))
                .reduce((first, second) -> second).map(ReceivedCall::payload)
                .orElseThrow(() -> new AssertionError(charger.identity() + " received no " + action));
    }

    private String connectorStatus(String identity, int evseId) {
        return connectorStatus(api.get("/api/v1/chargers/" + identity).json(), evseId);
    }

    private static String connectorStatus(JsonNode detail, int evseId) {
        return detail.get("evses").valueStream().filter(e -> e.get("evseId").asInt() == evseId)
                .map(e -> e.get("connectors").get(0).get("status").asString()).findFirst().orElse(null);
    }

    private void registerToken() {
        var response = api.post("/api/v1/id-tokens", "{\"value\": \"" + TOKEN + "\"}");
        assertThat(response.status()).as(response.body()).isIn(201, 200, 409);
    }

    private static ChargingSession charge(SimulatedChargePoint charger) {
        return charger.plugIn(1, new SimulatedEv(60_000, 20, 11_000, 3)).authorize(TOKEN).start();
    }
}
