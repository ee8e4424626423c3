package io.busbar.simulator.chargepoint;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated settings answer like a real charger: spec statuses for unknown, read-only and invalid values. */
class SimulatedConfigurationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void ocpp16KeysAnswerGetConfigurationAndChangeConfigurationAsTheSpecSays() {
        var keys = new SimulatedConfigurationKeys(Map.of("HeartbeatInterval", "60"));

        JsonNode some = keys.getConfiguration(json("{\"key\": [\"HeartbeatInterval\", \"NoSuchKey\"]}"));
        JsonNode all = keys.getConfiguration(json("{}"));

        assertThat(some.get("configurationKey").get(0).get("value").asString()).isEqualTo("60");
        assertThat(some.get("unknownKey").get(0).asString()).isEqualTo("NoSuchKey");
        assertThat(all.get("configurationKey").size()).isGreaterThan(20);
        assertThat(status(keys.changeConfiguration(json("{\"key\": \"HeartbeatInterval\", \"value\": \"abc\"}"))))
                .isEqualTo("Rejected");
        assertThat(status(keys.changeConfiguration(json("{\"key\": \"NumberOfConnectors\", \"value\": \"2\"}"))))
                .isEqualTo("Rejected");
        assertThat(status(keys.changeConfiguration(json("{\"key\": \"Nope\", \"value\": \"1\"}"))))
                .isEqualTo("NotSupported");
        assertThat(status(keys.changeConfiguration(json("{\"key\": \"WebSocketPingInterval\", \"value\": \"60\"}"))))
                .isEqualTo("RebootRequired");
        assertThat(status(keys.changeConfiguration(json("{\"key\": \"HeartbeatInterval\", \"value\": \"120\"}"))))
                .isEqualTo("Accepted");
        assertThat(keys.value("HeartbeatInterval")).isEqualTo("120");
    }

    @Test
    void ocpp201DeviceModelAnswersPerVariableWithTheSpecStatuses() {
        var model = new SimulatedDeviceModel(List.<String[]>of(new String[]{"OCPPCommCtrlr", "HeartbeatInterval", null, "60"}));

        JsonNode got = model.getVariables(json("""
                {"getVariableData": [
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
                  {"component": {"name": "Nope"}, "variable": {"name": "X"}},
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "Nope"}},
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}, "attributeType": "Target"},
                  {"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}, "attributeType": "MaxSet"}]}"""))
                .get("getVariableResult");
        JsonNode set = model.setVariables(json("""
                {"setVariableData": [
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}, "attributeValue": "-5"},
                  {"component": {"name": "ChargingStation"}, "variable": {"name": "SupplyPhases"}, "attributeValue": "1"},
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "NetworkConfigurationPriority"}, "attributeValue": "2"},
                  {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}, "attributeValue": "300"}]}"""))
                .get("setVariableResult");

        assertThat(got.valueStream().map(r -> r.get("attributeStatus").asString())).containsExactly(
                "Accepted", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType", "Accepted");
        assertThat(got.get(0).get("attributeValue").asString()).isEqualTo("60");
        assertThat(got.get(4).get("attributeValue").asString()).isEqualTo("22080");
        assertThat(set.valueStream().map(r -> r.get("attributeStatus").asString())).containsExactly(
                "Rejected", "Rejected", "RebootRequired", "Accepted");
        assertThat(model.value("OCPPCommCtrlr", "HeartbeatInterval", null)).isEqualTo("300");
    }

    @Test
    void reportsSelectByBaseAndByComponent() {
        var model = new SimulatedDeviceModel(List.of());

        assertThat(model.baseReport("FullInventory")).hasSizeGreaterThan(30);
        assertThat(model.baseReport("ConfigurationInventory")).allMatch(e -> !e.mutability.equals("ReadOnly"));
        assertThat(model.report(json("{\"requestId\": 1, \"componentVariable\": [{\"component\": {\"name\": \"EVSE\"}}]}")))
                .extracting(e -> e.variable).containsExactly("AvailabilityState", "Available", "Power");
        assertThat(model.report(json("{\"requestId\": 2, \"componentCriteria\": [\"Enabled\"]}")))
                .extracting(e -> e.component).contains("SampledDataCtrlr", "AuthCacheCtrlr").doesNotContain("TxCtrlr");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String status(JsonNode answer) {
        return answer.get("status").asString();
    }
}
