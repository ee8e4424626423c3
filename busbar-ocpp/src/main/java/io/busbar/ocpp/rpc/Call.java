package io.busbar.ocpp.rpc;

import tools.jackson.databind.JsonNode;

/** A request, MessageTypeId 2. The payload is still untyped: binding and validation come later. */
public record Call(String messageId, String action, JsonNode payload) implements RpcFrame {
    public static final int TYPE_ID = 2;
}
