package io.busbar.ocpp.rpc;

/**
 * One OCPP-J message: {@code [2, id, action, payload]}, {@code [3, id, payload]} or
 * {@code [4, id, errorCode, errorDescription, errorDetails]} (OCPP-J 1.6 §4, OCPP 2.0.1 Part 4 §4).
 */
public sealed interface RpcFrame permits Call, CallResult, CallError {
    String messageId();
}
