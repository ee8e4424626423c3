package io.busbar.devicemodel;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reading and changing configuration over real sockets: 1.6 GetConfiguration / ChangeConfiguration (OCA TC_019,
 * TC_021), 2.0.1 GetVariables (B06), SetVariables (B05), GetBaseReport with a multi-part NotifyReport (B07) and
 * GetReport (B08); the inventory built from them and the settings API over both.
 */
@BusbarTest
class ConfigurationTest {
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
    void TC_019_getConfigurationReturnsKnownAndUnknownKeysAndRefreshesTheInventory() {
        SimulatedChargePoint charger = chargers.booted("CFG16-GET", OcppVersion.V16);

        var some = api.post("/api/v1/chargers/CFG16-GET/commands", """
                {"command": "GetConfiguration", "arguments": {"keys": ["HeartbeatInterval", "NoSuchKey"]}}""");
        var refresh = api.post("/api/v1/chargers/CFG16-GET/inventory/refresh", null);
        var live = api.get("/api/v1/chargers/CFG16-GET/settings/AuthorizeRemoteStart");

        assertThat(some.status()).as(some.body()).isEqualTo(200);
        JsonNode result = some.json().get("result");
        assertThat(result.get("keys").get(0).get("key").asString()).isEqualTo("HeartbeatInterval");
        assertThat(result.get("keys").get(0).get("value").asString()).isEqualTo("300");
        assertThat(result.get("unknownKeys").get(0).asString()).isEqualTo("NoSuchKey");
        List<ReceivedCall> calls = charger.receivedCalls();
        assertThat(calls.get(0).payload().get("key").valueStream().map(JsonNode::asString))
                .containsExactly("HeartbeatInterval", "NoSuchKey");
        // TC_019: without keys the charge point reports every key it has.
        assertThat(calls.get(1).action()).isEqualTo("GetConfiguration");
        assertThat(calls.get(1).payload().has("key")).isFalse();
        assertThat(refresh.status()).as(refresh.body()).isEqualTo(200);
        assertThat(refresh.json().get("complete").asBoolean()).isTrue();
        assertThat(refresh.json().get("inventory").get("settings").asInt()).isEqualTo(27);
        JsonNode stored = api.get("/api/v1/chargers/CFG16-GET/settings?limit=500").json().get("items");
        JsonNode heartbeat = find(stored, "HeartbeatInterval");
        assertThat(heartbeat.get("name").asString()).isEqualTo("HeartbeatInterval");
        assertThat(heartbeat.get("mutability").asString()).isEqualTo("ReadWrite");
        assertThat(find(stored, "NumberOfConnectors").get("mutability").asString()).isEqualTo("ReadOnly");
        assertThat(find(stored, "AuthorizeRemoteTxRequests").get("name").asString()).isEqualTo("AuthorizeRemoteStart");
        // The common name reads the 1.6 key live.
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().get("raw").asString()).isEqualTo("AuthorizeRemoteTxRequests");
        assertThat(live.json().get("value").asString()).isEqualTo("true");
        assertThat(charger.receivedCalls().getLast().payload().get("key").get(0).asString())
                .isEqualTo("AuthorizeRemoteTxRequests");
    }

    @Test
    void TC_021_changeConfigurationAcceptedRebootRequiredRejectedAndRefusedBeforeSending() {
        SimulatedChargePoint charger = chargers.booted("CFG16-CHANGE", OcppVersion.V16);
        api.post("/api/v1/chargers/CFG16-CHANGE/inventory/refresh", null);

        var accepted = api.put("/api/v1/chargers/CFG16-CHANGE/settings/HeartbeatInterval", "{\"value\": \"120\"}");
        var reboot = api.put("/api/v1/chargers/CFG16-CHANGE/settings/WebSocketPingInterval", "{\"value\": \"60\"}");
        var rejected = api.post("/api/v1/chargers/CFG16-CHANGE/commands", """
                {"command": "ChangeConfiguration", "arguments": {"key": "MeterValueSampleInterval", "value": "often"}}""");
        var notSupported = api.post("/api/v1/chargers/CFG16-CHANGE/commands", """
                {"command": "ChangeConfiguration", "arguments": {"key": "FluxCapacitor", "value": "1.21"}}""");
        int sentSoFar = charger.receivedCalls().size();
        var invalid = api.put("/api/v1/chargers/CFG16-CHANGE/settings/HeartbeatInterval", "{\"value\": \"soon\"}");
        var readOnly = api.put("/api/v1/chargers/CFG16-CHANGE/settings/NumberOfConnectors", "{\"value\": \"2\"}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("Accepted");
        assertThat(accepted.json().get("rebootRequired").asBoolean()).isFalse();
        assertThat(charger.configuration().key("HeartbeatInterval")).isEqualTo("120");
        ReceivedCall change = charger.receivedCalls().stream().filter(c -> c.action().equals("ChangeConfiguration"))
                .findFirst().orElseThrow();
        assertThat(change.payload().get("key").asString()).isEqualTo("HeartbeatInterval");
        assertThat(change.payload().get("value").asString()).isEqualTo("120");
        JsonNode logged = api.get("/api/v1/commands/" + accepted.json().get("commandId").asString()).json();
        assertThat(logged.get("status").asString()).isEqualTo("Accepted");
        assertThat(logged.get("arguments").get("value").asString()).isEqualTo("120");

        assertThat(reboot.json().get("status").asString()).isEqualTo("RebootRequired");
        assertThat(reboot.json().get("rebootRequired").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/chargers/CFG16-CHANGE/inventory").json().get("pendingReboot").asBoolean()).isTrue();
        assertThat(rejected.json().get("status").asString()).isEqualTo("Rejected");
        assertThat(notSupported.json().get("status").asString()).isEqualTo("NotSupported");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(readOnly.json().get("detail").asString()).contains("read-only");
        assertThat(charger.receivedCalls()).hasSize(sentSoFar);
        assertThat(charger.configuration().key("NumberOfConnectors")).isEqualTo("1");
    }

    @Test
    void B06_getVariablesAnswersPerVariableAndTheSettingsApiReadsByCommonOrRawName() {
        SimulatedChargePoint charger = chargers.booted("CFG201-GET", OcppVersion.V201);

        var generic = api.post("/api/v1/chargers/CFG201-GET/commands", """
                {"command": "GetVariables", "arguments": {"variables": [
                  {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval"},
                  {"component": "FluxCapacitor", "variable": "Gigawatts"}]}}""");
        var common = api.get("/api/v1/chargers/CFG201-GET/settings/MeterValueSampleInterval");
        var raw = api.get("/api/v1/chargers/CFG201-GET/settings/EVSE@1.Power:MaxSet");
        var unknown = api.get("/api/v1/chargers/CFG201-GET/settings/FluxCapacitor.Gigawatts");
        var unparseable = api.get("/api/v1/chargers/CFG201-GET/settings/NoDotHere");

        assertThat(generic.status()).as(generic.body()).isEqualTo(200);
        JsonNode results = generic.json().get("result").get("variables");
        assertThat(results.get(0).get("status").asString()).isEqualTo("Accepted");
        assertThat(results.get(0).get("value").asString()).isEqualTo("300");
        assertThat(results.get(1).get("status").asString()).isEqualTo("UnknownComponent");
        JsonNode sent = charger.receivedCalls().get(0).payload().get("getVariableData");
        assertThat(sent.get(0).get("component").get("name").asString()).isEqualTo("OCPPCommCtrlr");
        assertThat(sent.get(0).get("variable").get("name").asString()).isEqualTo("HeartbeatInterval");

        assertThat(common.json().get("raw").asString()).isEqualTo("SampledDataCtrlr.TxUpdatedInterval");
        assertThat(common.json().get("value").asString()).isEqualTo("60");
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.json().get("value").asString()).isEqualTo("22080");
        JsonNode rawSent = charger.receivedCalls().get(2).payload().get("getVariableData").get(0);
        assertThat(rawSent.get("component").get("evse").get("id").asInt()).isEqualTo(1);
        assertThat(rawSent.get("attributeType").asString()).isEqualTo("MaxSet");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unparseable.status()).isEqualTo(400);
    }

    @Test
    void B05_setVariablesAcceptedRebootRequiredAndUnknownAsTheStationAnswers() {
        SimulatedChargePoint charger = chargers.booted("CFG201-SET", OcppVersion.V201);

        var accepted = api.put("/api/v1/chargers/CFG201-SET/settings/HeartbeatInterval", "{\"value\": \"60\"}");
        var reboot = api.put("/api/v1/chargers/CFG201-SET/settings/OCPPCommCtrlr.NetworkConfigurationPriority",
                "{\"value\": \"1\"}");
        var generic = api.post("/api/v1/chargers/CFG201-SET/commands", """
                {"command": "SetVariables", "arguments": {"variables": [
                  {"variable": {"component": "OCPPCommCtrlr", "variable": "Warp"}, "value": "9"},
                  {"variable": {"component": "ChargingStation", "variable": "SupplyPhases"}, "value": "1"}]}}""");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("Accepted");
        assertThat(charger.configuration().variable("OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo("60");
        JsonNode sent = charger.receivedCalls().get(0).payload().get("setVariableData").get(0);
        assertThat(sent.get("component").get("name").asString()).isEqualTo("OCPPCommCtrlr");
        assertThat(sent.get("attributeValue").asString()).isEqualTo("60");
        assertThat(reboot.json().get("rebootRequired").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/chargers/CFG201-SET/inventory").json().get("pendingReboot").asBoolean()).isTrue();
        JsonNode results = generic.json().get("result").get("variables");
        assertThat(results.get(0).get("status").asString()).isEqualTo("UnknownVariable");
        assertThat(results.get(1).get("status").asString()).isEqualTo("Rejected");
        assertThat(results.get(1).get("reasonCode").asString()).isEqualTo("ReadOnly");
    }

    @Test
    void B07_getBaseReportArrivesInSeveralPartsAndReplacesTheInventory() {
        SimulatedChargePoint charger = chargers.booted("CFG201-REPORT", OcppVersion.V201);
        charger.configuration().reportPageSize(10);

        var refresh = api.post("/api/v1/chargers/CFG201-REPORT/inventory/refresh", null);

        assertThat(refresh.status()).as(refresh.body()).isEqualTo(202);
        int requestId = refresh.json().get("requestId").asInt();
        JsonNode sent = charger.receivedCalls().get(0).payload();
        assertThat(sent.get("reportBase").asString()).isEqualTo("FullInventory");
        assertThat(sent.get("requestId").asInt()).isEqualTo(requestId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode inventory = api.get("/api/v1/chargers/CFG201-REPORT/inventory").json();
            assertThat(inventory.path("reportedAt").isMissingNode()).isFalse();
            assertThat(inventory.path("refreshRequestId").isMissingNode()).isTrue();
        });
        // 37 attributes (EVSE 1 Power has Actual and MaxSet) of 36 variables came in 4 NotifyReport parts of at most
        // 10 variables: all of them are in the inventory only if every part was kept and assembled.
        JsonNode settings = api.get("/api/v1/chargers/CFG201-REPORT/settings?limit=20").json();
        JsonNode rest = api.get("/api/v1/chargers/CFG201-REPORT/settings?limit=100&after="
                + settings.get("next").asString()).json();
        assertThat(settings.get("items").size() + rest.get("items").size()).isEqualTo(37);
        JsonNode all = api.get("/api/v1/chargers/CFG201-REPORT/settings?limit=500").json().get("items");
        JsonNode heartbeat = find(all, "OCPPCommCtrlr.HeartbeatInterval");
        assertThat(heartbeat.get("name").asString()).isEqualTo("HeartbeatInterval");
        assertThat(heartbeat.get("unit").asString()).isEqualTo("s");
        assertThat(heartbeat.get("dataType").asString()).isEqualTo("integer");
        assertThat(heartbeat.get("mutability").asString()).isEqualTo("ReadWrite");
        assertThat(find(all, "EVSE@1.Power:MaxSet").get("value").asString()).isEqualTo("22080");
        assertThat(find(all, "Connector@1.1.ConnectorType").get("variable").get("connectorId").asInt()).isEqualTo(1);

        // What the inventory knows now refuses values before anything is sent.
        int sentSoFar = charger.receivedCalls().size();
        var readOnly = api.put("/api/v1/chargers/CFG201-REPORT/settings/EVSE@1.Power", "{\"value\": \"1000\"}");
        var notAnOption = api.put("/api/v1/chargers/CFG201-REPORT/settings/TxCtrlr.TxStartPoint",
                "{\"value\": \"WhenTheMoonIsFull\"}");
        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(notAnOption.status()).isEqualTo(400);
        assertThat(notAnOption.json().get("detail").asString()).contains("EVConnected");
        assertThat(charger.receivedCalls()).hasSize(sentSoFar);
    }

    @Test
    void B08_getReportOnOneComponentUpdatesOnlyThoseVariables() {
        SimulatedChargePoint charger = chargers.booted("CFG201-PART", OcppVersion.V201);

        var report = api.post("/api/v1/chargers/CFG201-PART/commands", """
                {"command": "GetReport", "arguments": {"requestId": 77,
                  "componentVariables": [{"component": "EVSE", "evseId": 1}]}}""");
        var empty = api.post("/api/v1/chargers/CFG201-PART/commands", """
                {"command": "GetReport", "arguments": {"requestId": 78,
                  "componentVariables": [{"component": "FluxCapacitor"}]}}""");

        assertThat(report.json().get("status").asString()).isEqualTo("Accepted");
        JsonNode sent = charger.receivedCalls().get(0).payload();
        assertThat(sent.get("componentVariable").get(0).get("component").get("evse").get("id").asInt()).isEqualTo(1);
        assertThat(sent.get("componentVariable").get(0).has("variable")).isFalse();
        assertThat(empty.json().get("status").asString()).isEqualTo("EmptyResultSet");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/chargers/CFG201-PART/settings").json().get("items").valueStream()
                        .map(s -> s.get("raw").asString()))
                .containsExactly("EVSE@1.AvailabilityState", "EVSE@1.Available", "EVSE@1.Power", "EVSE@1.Power:MaxSet"));
    }

    private static JsonNode find(JsonNode settings, String raw) {
        return settings.valueStream().filter(s -> s.get("raw").asString().equals(raw)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + raw + " in " + settings));
    }
}
