package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The display of a 2.0.1 station (O01-O06): SetDisplayMessage keeps the message by id (UnknownTransaction when it
 * names a transaction that does not run), GetDisplayMessages answers Accepted and then reports the
 * matching messages in NotifyDisplayMessages (Unknown when none match), ClearDisplayMessage removes one.
 */
public final class SimulatedDisplay {
    private final SimulatedChargePoint chargePoint;
    private final Map<Integer, JsonNode> messages = new ConcurrentSkipListMap<>();
    private volatile String setAnswer;

    SimulatedDisplay(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
    }

    void install() {
        chargePoint.onCall("SetDisplayMessage", this::set);
        chargePoint.onCall("GetDisplayMessages", this::get);
        chargePoint.onCall("ClearDisplayMessage", this::clear);
    }

    /** Answer every SetDisplayMessage with this status (e.g. NotSupportedMessageFormat); null = behave normally. */
    public SimulatedDisplay answerSetWith(String status) {
        this.setAnswer = status;
        return this;
    }

    /** The MessageInfo of each message shown, by id, as the CSMS sent it. */
    public Map<Integer, JsonNode> messages() {
        return Map.copyOf(messages);
    }

    private JsonNode set(Call call) {
        JsonNode message = call.payload().path("message");
        if (setAnswer != null) {
            return SimulatedRemoteControl.status(setAnswer);
        }
        if (message.has("transactionId") && chargePoint.runningSessions()
                .withTransactionId(message.get("transactionId").asString()).isEmpty()) {
            return SimulatedRemoteControl.status("UnknownTransaction");
        }
        messages.put(message.path("id").asInt(), message.deepCopy());
        return SimulatedRemoteControl.status("Accepted");
    }

    private JsonNode get(Call call) {
        JsonNode request = call.payload();
        List<Integer> ids = request.path("id").valueStream().map(JsonNode::asInt).toList();
        List<JsonNode> matching = messages.values().stream()
                .filter(m -> ids.isEmpty() || ids.contains(m.path("id").asInt()))
                .filter(m -> !request.has("priority") || request.get("priority").equals(m.path("priority")))
                .filter(m -> !request.has("state") || request.get("state").equals(m.path("state")))
                .toList();
        if (matching.isEmpty()) {
            return SimulatedRemoteControl.status("Unknown");
        }
        ObjectNode report = SimulatedRemoteControl.NODES.objectNode().put("requestId", request.path("requestId").asInt());
        ArrayNode info = report.putArray("messageInfo");
        matching.forEach(info::add);
        chargePoint.afterAnswer(() -> PluggedInEv.await(chargePoint.call("NotifyDisplayMessages", report)));
        return SimulatedRemoteControl.status("Accepted");
    }

    private JsonNode clear(Call call) {
        return SimulatedRemoteControl.status(messages.remove(call.payload().path("id").asInt()) != null
                ? "Accepted" : "Unknown");
    }
}
