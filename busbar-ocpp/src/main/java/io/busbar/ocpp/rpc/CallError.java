package io.busbar.ocpp.rpc;

import tools.jackson.databind.JsonNode;

/** A failed answer, MessageTypeId 4. {@code errorCode} is the literal of the negotiated version. */
public record CallError(String messageId, String errorCode, String errorDescription, JsonNode errorDetails)
        implements RpcFrame {
    public static final int TYPE_ID = 4;

    /** OCPP 2.0.1 Part 4 §4.2.3: the id to use when the offending message's id could not be read. */
    public static final String UNKNOWN_MESSAGE_ID = "-1";
}
