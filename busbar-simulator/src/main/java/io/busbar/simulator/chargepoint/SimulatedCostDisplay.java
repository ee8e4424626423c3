package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The price on the charger's screen. OCPP 1.6: the OCA "California pricing" DataTransfer messages (vendorId
 * {@value #VENDOR_ID}, messageIds SetUserPrice, RunningCost, FinalCost, data = a JSON text), accepted only when the
 * charger was built with {@link SimulatedChargePoint.Builder#californiaPricing(boolean)} (configuration key
 * CustomDisplayCostAndPrice = true); otherwise it answers UnknownVendorId like a charger that never heard of it.
 * An unknown messageId answers UnknownMessageId, a data text that is not JSON or lacks a required field Rejected.
 * OCPP 2.0.1: CostUpdated (I02), and the tariff text and total cost the CSMS puts in the Authorize and
 * TransactionEvent answers (idTokenInfo.personalMessage, totalCost; I01, I02, I03).
 */
public final class SimulatedCostDisplay {
    public static final String VENDOR_ID = "org.openchargealliance.costmsg";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OcppVersion version;
    private final boolean californiaPricing;
    private final List<JsonNode> costMessages = new CopyOnWriteArrayList<>();
    private volatile String forcedAnswer;
    private volatile String tariffText;
    private volatile BigDecimal runningCost;
    private volatile BigDecimal finalCost;
    private volatile String finalCostText;

    private SimulatedCostDisplay(OcppVersion version, boolean californiaPricing) {
        this.version = version;
        this.californiaPricing = californiaPricing;
    }

    /** Answers costmsg DataTransfers (1.6, delegating any other DataTransfer to the handler before) or CostUpdated (2.0.1). */
    static SimulatedCostDisplay installOn(OcppVersion version, boolean californiaPricing,
                                          Map<String, CsmsCallHandler> handlers) {
        SimulatedCostDisplay display = new SimulatedCostDisplay(version, californiaPricing);
        if (version == OcppVersion.V16) {
            CsmsCallHandler otherDataTransfers = handlers.get("DataTransfer");
            handlers.put("DataTransfer", call -> VENDOR_ID.equals(call.payload().path("vendorId").asString(null))
                    ? display.costMessage(call) : otherDataTransfers.answer(call));
        } else {
            handlers.put("CostUpdated", display::costUpdated);
        }
        return display;
    }

    /**
     * Answer every cost message with this status (1.6 DataTransfer status such as Rejected or UnknownMessageId;
     * on 2.0.1 any value but Accepted makes CostUpdated a CALLERROR InternalError); null = behave normally.
     */
    public SimulatedCostDisplay answerWith(String status) {
        this.forcedAnswer = status;
        return this;
    }

    /** The tariff text on the screen (SetUserPrice priceText, or a personalMessage), null when none arrived. */
    public String tariffText() {
        return tariffText;
    }

    /** The running cost on the screen (RunningCost cost, CostUpdated or an Updated answer's totalCost). */
    public BigDecimal runningCost() {
        return runningCost;
    }

    /** The final cost on the screen (FinalCost cost, or totalCost answering TransactionEvent Ended). */
    public BigDecimal finalCost() {
        return finalCost;
    }

    /** The FinalCost priceText (1.6), null otherwise. */
    public String finalCostText() {
        return finalCostText;
    }

    /** Every cost message this charger accepted, as {"messageId": ..., "data": {...}}, in arrival order. */
    public List<JsonNode> acceptedMessages() {
        return List.copyOf(costMessages);
    }

    /** 2.0.1: reads the tariff text from an Authorize answer (I01). */
    void observeAuthorizeAnswer(JsonNode answer) {
        personalMessage(answer.path("idTokenInfo"));
    }

    /** 2.0.1: reads the tariff text and the running (Updated) or final (Ended) total cost from an answer. */
    void observeTransactionEventAnswer(TransactionEvent.EventType type, JsonNode answer) {
        personalMessage(answer.path("idTokenInfo"));
        if (answer.path("updatedPersonalMessage").has("content")) {
            tariffText = answer.path("updatedPersonalMessage").path("content").asString();
        }
        if (answer.path("totalCost").isNumber()) {
            BigDecimal cost = answer.path("totalCost").decimalValue();
            if (type == TransactionEvent.EventType.ENDED) {
                finalCost = cost;
            } else {
                runningCost = cost;
            }
        }
    }

    private void personalMessage(JsonNode idTokenInfo) {
        JsonNode content = idTokenInfo.path("personalMessage").path("content");
        if (content.isString()) {
            tariffText = content.asString();
        }
    }

    private JsonNode costMessage(Call call) {
        if (!californiaPricing) {
            return SimulatedRemoteControl.status("UnknownVendorId");
        }
        if (forcedAnswer != null) {
            return SimulatedRemoteControl.status(forcedAnswer);
        }
        String messageId = call.payload().path("messageId").asString("");
        List<String> required = switch (messageId) {
            case "SetUserPrice" -> List.of("idToken", "priceText");
            case "RunningCost" -> List.of("transactionId", "timestamp", "meterValue", "cost", "state", "chargingPrice");
            case "FinalCost" -> List.of("transactionId", "cost", "priceText");
            default -> null;
        };
        if (required == null) {
            return SimulatedRemoteControl.status("UnknownMessageId");
        }
        JsonNode data;
        try {
            data = JSON.readTree(call.payload().path("data").asString(""));
        } catch (JacksonException e) {
            return SimulatedRemoteControl.status("Rejected");
        }
        if (!data.isObject() || required.stream().anyMatch(field -> !data.hasNonNull(field))
                || data.has("cost") && !data.get("cost").isNumber()) {
            return SimulatedRemoteControl.status("Rejected");
        }
        switch (messageId) {
            case "SetUserPrice" -> tariffText = data.get("priceText").asString();
            case "RunningCost" -> runningCost = data.get("cost").decimalValue();
            default -> {
                finalCost = data.get("cost").decimalValue();
                finalCostText = data.get("priceText").asString();
            }
        }
        costMessages.add(JSON.createObjectNode().put("messageId", messageId).set("data", data));
        return SimulatedRemoteControl.status("Accepted");
    }

    private JsonNode costUpdated(Call call) {
        if (forcedAnswer != null && !"Accepted".equals(forcedAnswer)) {
            throw new RpcException(RpcError.INTERNAL_ERROR, call.messageId(), "cost display unavailable");
        }
        JsonNode payload = call.payload();
        if (!payload.path("totalCost").isNumber() || !payload.path("transactionId").isString()) {
            throw new RpcException(RpcError.FORMAT_VIOLATION, call.messageId(), "CostUpdated needs totalCost and transactionId");
        }
        runningCost = payload.get("totalCost").decimalValue();
        costMessages.add(JSON.createObjectNode().put("messageId", "CostUpdated").set("data", payload.deepCopy()));
        return JSON.createObjectNode();
    }

    @Override
    public String toString() {
        return "SimulatedCostDisplay[" + version + ", tariff=" + tariffText + ", running=" + runningCost
                + ", final=" + finalCost + "]";
    }
}
