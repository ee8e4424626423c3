package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The plausible "yes" a well-behaved charger gives to each CSMS-initiated action of its version. Actions not
 * listed get CALLERROR NotImplemented from {@link SimulatedChargePoint}; configuration messages are answered by
 * {@link SimulatedConfiguration}, charging profiles by {@link SimulatedChargingProfiles}.
 */
final class DefaultCsmsCallAnswers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DefaultCsmsCallAnswers() {
    }

    static Map<String, CsmsCallHandler> forVersion(OcppVersion version) {
        Map<String, CsmsCallHandler> handlers = new HashMap<>();
        CsmsCallHandler accepted = call -> status("Accepted");
        for (String action : new String[]{"Reset", "ChangeAvailability", "TriggerMessage", "ClearCache",
                "DataTransfer"}) {
            handlers.put(action, accepted);
        }
        handlers.put("UnlockConnector", call -> status("Unlocked"));
        if (version == OcppVersion.V16) {
            handlers.put("RemoteStartTransaction", accepted);
            handlers.put("RemoteStopTransaction", accepted);
        } else {
            handlers.put("RequestStartTransaction", accepted);
            handlers.put("RequestStopTransaction", accepted);
        }
        return handlers;
    }

    private static ObjectNode status(String status) {
        return NODES.objectNode().put("status", status);
    }
}
