package io.busbar.ocpp.rpc;

import tools.jackson.databind.JsonNode;

/** A successful answer, MessageTypeId 3. */
public record CallResult(String messageId, JsonNode payload) implements RpcFrame {
    public static final int TYPE_ID = 3;
}
