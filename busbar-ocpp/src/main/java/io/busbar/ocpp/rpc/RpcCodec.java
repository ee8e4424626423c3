package io.busbar.ocpp.rpc;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and writes OCPP-J frames. Reading checks only the RPC envelope; the payload is validated against the
 * action's message type later ({@link io.busbar.ocpp.schema.PayloadBinder}). Thread-safe.
 */
public final class RpcCodec {
    // Decimals stay exact (meter values, prices): never through a double.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final int MAX_MESSAGE_ID_LENGTH = 36; // OCPP-J: "maximum of 36 characters"

    /** Decodes one text frame, or throws the {@link RpcException} whose CALLERROR answers it. */
    public RpcFrame decode(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, "Frame is not valid JSON");
        }
        if (root == null || !root.isArray() || root.size() < 3) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, "Frame is not an OCPP-J array [type, id, ...]");
        }
        JsonNode idNode = root.get(1);
        if (!idNode.isString() || idNode.asString().isEmpty() || idNode.asString().length() > MAX_MESSAGE_ID_LENGTH) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, "MessageId must be a string of 1 to 36 characters");
        }
        String id = idNode.asString();
        JsonNode typeNode = root.get(0);
        if (!typeNode.isIntegralNumber()) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, id, "MessageTypeId must be an integer");
        }
        return switch (typeNode.asInt()) {
            case Call.TYPE_ID -> decodeCall(root, id);
            case CallResult.TYPE_ID -> decodeCallResult(root, id);
            case CallError.TYPE_ID -> decodeCallError(root, id);
            default -> throw new RpcException(RpcError.MESSAGE_TYPE_NOT_SUPPORTED, id,
                    "MessageTypeId " + typeNode.asInt() + " is not supported");
        };
    }

    private static Call decodeCall(JsonNode root, String id) {
        if (root.size() != 4 || !root.get(2).isString()) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, id, "CALL must be [2, id, action, payload]");
        }
        JsonNode payload = root.get(3);
        if (!payload.isObject()) {
            throw new RpcException(RpcError.FORMAT_VIOLATION, id, "CALL payload must be a JSON object");
        }
        return new Call(id, root.get(2).asString(), payload);
    }

    private static CallResult decodeCallResult(JsonNode root, String id) {
        if (root.size() != 3 || !root.get(2).isObject()) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, id, "CALLRESULT must be [3, id, payload]");
        }
        return new CallResult(id, root.get(2));
    }

    private static CallError decodeCallError(JsonNode root, String id) {
        if (root.size() < 4 || !root.get(2).isString()) {
            throw new RpcException(RpcError.RPC_FRAMEWORK, id,
                    "CALLERROR must be [4, id, errorCode, errorDescription, errorDetails]");
        }
        JsonNode details = root.size() > 4 ? root.get(4) : null;
        return new CallError(id, root.get(2).asString(), root.get(3).asString(""), details);
    }

    /** Encodes a frame; an absent payload or error detail is written as {@code {}} as the spec requires. */
    public String encode(RpcFrame frame) {
        JsonNodeFactory nodes = MAPPER.getNodeFactory();
        ArrayNode array = nodes.arrayNode();
        switch (frame) {
            case Call call -> array.add(Call.TYPE_ID).add(call.messageId()).add(call.action())
                    .add(orEmpty(call.payload(), nodes));
            case CallResult result -> array.add(CallResult.TYPE_ID).add(result.messageId())
                    .add(orEmpty(result.payload(), nodes));
            case CallError error -> array.add(CallError.TYPE_ID).add(error.messageId()).add(error.errorCode())
                    .add(error.errorDescription() == null ? "" : error.errorDescription())
                    .add(orEmpty(error.errorDetails(), nodes));
        }
        return MAPPER.writeValueAsString(array);
    }

    private static JsonNode orEmpty(JsonNode node, JsonNodeFactory nodes) {
        return node == null || node.isNull() ? nodes.objectNode() : node;
    }
}
