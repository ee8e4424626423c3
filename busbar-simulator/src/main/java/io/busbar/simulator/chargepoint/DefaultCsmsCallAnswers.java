package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The plausible "yes" a well-behaved charger gives to each CSMS-initiated action of its version. Actions not
 * listed get CALLERROR NotImplemented from {@link SimulatedChargePoint}.
 */
final class DefaultCsmsCallAnswers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DefaultCsmsCallAnswers() {
    }

    static Map<String, CsmsCallHandler> forVersion(OcppVersion version) {
        Map<String, CsmsCallHandler> handlers = new HashMap<>();
        CsmsCallHandler accepted = call -> status("Accepted");
        for (String action : new String[]{"Reset", "ChangeAvailability", "TriggerMessage", "SetChargingProfile",
                "ClearChargingProfile", "ClearCache", "DataTransfer"}) {
            handlers.put(action, accepted);
        }
        handlers.put("UnlockConnector", call -> status("Unlocked"));
        if (version == OcppVersion.V16) {
            handlers.put("RemoteStartTransaction", accepted);
            handlers.put("RemoteStopTransaction", accepted);
            handlers.put("ChangeConfiguration", accepted);
            handlers.put("GetConfiguration", call -> getConfiguration(call.payload()));
        } else {
            handlers.put("RequestStartTransaction", accepted);
            handlers.put("RequestStopTransaction", accepted);
            handlers.put("SetVariables", call -> setVariables(call.payload()));
        }
        return handlers;
    }

    private static ObjectNode status(String status) {
        return NODES.objectNode().put("status", status);
    }

    /** OCPP 2.0.1 SetVariablesResponse: one setVariableResult per requested setVariableData, echoing its keys. */
    private static JsonNode setVariables(JsonNode request) {
        ObjectNode response = NODES.objectNode();
        ArrayNode results = response.putArray("setVariableResult");
        for (JsonNode data : request.path("setVariableData")) {
            ObjectNode result = results.addObject();
            if (data.has("attributeType")) {
                result.set("attributeType", data.get("attributeType"));
            }
            result.put("attributeStatus", "Accepted");
            result.set("component", data.path("component"));
            result.set("variable", data.path("variable"));
        }
        return response;
    }

    /** OCPP 1.6 GetConfiguration.conf: the simulator has no keys, so every requested key is unknown. */
    private static JsonNode getConfiguration(JsonNode request) {
        ObjectNode response = NODES.objectNode();
        response.putArray("configurationKey");
        ArrayNode unknown = response.putArray("unknownKey");
        request.path("key").forEach(unknown::add);
        return response;
    }
}
