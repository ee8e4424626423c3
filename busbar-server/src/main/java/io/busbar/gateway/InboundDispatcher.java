package io.busbar.gateway;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.rpc.RpcFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inbound pipeline of one text frame: decode, then for a CALL find the handler, ask the gates, bind the
 * payload, handle, and answer; for a CALLRESULT or CALLERROR complete the CSMS call it answers. Every CALL gets
 * exactly one answer, whatever fails; the connection stays usable.
 */
final class InboundDispatcher {
    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);
    /** Reads MessageTypeId and MessageId from the start of a frame too large to parse whole. */
    private static final Pattern FRAME_START = Pattern.compile("^\\s*\\[\\s*(\\d)\\s*,\\s*\"([^\"\\\\]{1,36})\"");

    private final HandlerTable handlers;
    private final List<InboundGate> gates;
    private final RpcServices rpc;

    InboundDispatcher(HandlerTable handlers, List<InboundGate> gates, RpcServices rpc) {
        this.handlers = handlers;
        this.gates = List.copyOf(gates);
        this.rpc = rpc;
    }

    void onText(OcppConnection connection, String text) {
        MDC.put(FrameLog.CHARGER, connection.identity());
        try {
            RpcFrame frame;
            try {
                frame = rpc.codec().decode(text);
            } catch (RpcException e) {
                FrameLog.inbound(connection.identity(), e.messageId(), text);
                onUndecodable(connection, e);
                return;
            }
            MDC.put(FrameLog.MESSAGE_ID, frame.messageId());
            FrameLog.inbound(connection.identity(), frame.messageId(), text);
            switch (frame) {
                case Call call -> answer(connection, call);
                case CallResult result -> {
                    if (!connection.outbound().onResult(result)) {
                        log.warn("Ignored a CALLRESULT from {} for unknown message id {}", connection.identity(),
                                result.messageId());
                    }
                }
                case CallError error -> {
                    if (!connection.outbound().onError(error)) {
                        log.warn("Ignored a CALLERROR {} from {} for unknown message id {}", error.errorCode(),
                                connection.identity(), error.messageId());
                    }
                }
            }
        } finally {
            MDC.remove(FrameLog.CHARGER);
            MDC.remove(FrameLog.MESSAGE_ID);
        }
    }

    /**
     * OCPP-J is text only (OCPP-J 1.6 §4, OCPP 2.0.1 Part 4 §4: "messages are sent as text frames"). A binary
     * frame cannot be read as RPC at all, so it is answered like unreadable JSON: RpcFrameworkError (2.0.1) or
     * FormationViolation (1.6) with message id "-1".
     */
    void onBinary(OcppConnection connection) {
        reply(connection, new RpcException(RpcError.RPC_FRAMEWORK, "Binary frames are not supported: OCPP-J uses text frames")
                .toCallError(connection.version()));
    }

    /**
     * A frame over the size limit is not parsed. A CALL is answered FormatViolation (2.0.1) / FormationViolation
     * (1.6) with its id when the start of the frame shows it; an oversized answer to a CSMS call fails that call.
     */
    void onOversized(OcppConnection connection, String prefix) {
        Matcher start = FRAME_START.matcher(prefix);
        String messageId = start.find() ? start.group(2) : null;
        FrameLog.inbound(connection.identity(), messageId, prefix + "... (frame too large, not read)");
        RpcException tooLarge = new RpcException(RpcError.FORMAT_VIOLATION, messageId, "Frame exceeds the maximum size");
        if (messageId != null && !start.group(1).equals(String.valueOf(Call.TYPE_ID))) {
            if (!connection.outbound().onUnreadableAnswer(messageId, tooLarge)) {
                log.warn("Ignored an oversized answer from {} for unknown message id {}", connection.identity(), messageId);
            }
            return;
        }
        reply(connection, tooLarge.toCallError(connection.version()));
    }

    private void onUndecodable(OcppConnection connection, RpcException e) {
        // An answer to our own call that cannot be decoded fails that call; it is not itself answered.
        if (e.messageId() != null && connection.outbound().onUnreadableAnswer(e.messageId(), e)) {
            return;
        }
        reply(connection, e.toCallError(connection.version()));
    }

    private void answer(OcppConnection connection, Call call) {
        connection.outbound().answeringStarted();
        try {
            reply(connection, answerTo(connection, call));
        } finally {
            connection.outbound().answeringEnded();
        }
    }

    private RpcFrame answerTo(OcppConnection connection, Call call) {
        RpcFrame answer;
        try {
            JsonNode response = dispatch(connection, call);
            answer = new CallResult(call.messageId(), response);
        } catch (RpcException e) {
            answer = e.withMessageId(call.messageId()).toCallError(connection.version());
        } catch (Exception e) {
            log.error("Handling {} {} from {} failed", connection.version().subprotocol(), call.action(),
                    connection.identity(), e);
            answer = new RpcException(RpcError.INTERNAL_ERROR, call.messageId(),
                    "Internal error while handling " + call.action()).toCallError(connection.version());
        }
        return answer;
    }

    private JsonNode dispatch(OcppConnection connection, Call call) {
        InboundHandler<?, ?> handler = handlers.find(connection.version(), call.action());
        if (handler == null) {
            throw new RpcException(RpcError.NOT_IMPLEMENTED, call.messageId(),
                    "Action " + call.action() + " is not implemented for " + connection.version().subprotocol());
        }
        for (InboundGate gate : gates) {
            gate.admit(connection, handler.action());
        }
        Object response = invoke(handler, connection, call.payload());
        if (response == null) {
            throw new IllegalStateException(handler.getClass().getName() + " returned no response");
        }
        // A response that breaks its own schema is Busbar's bug: InternalError rather than a charger left confused.
        try {
            rpc.binder().validate(response);
        } catch (RpcException invalid) {
            throw new IllegalStateException(handler.getClass().getName() + " returned an invalid response", invalid);
        }
        return rpc.binder().toTree(response);
    }

    private <Q, R> R invoke(InboundHandler<Q, R> handler, OcppConnection connection, JsonNode payload) {
        Q request = rpc.binder().bind(payload, handler.action().requestType());
        return handler.handle(connection, request);
    }

    private void reply(OcppConnection connection, RpcFrame answer) {
        try {
            connection.send(rpc.codec().encode(answer), answer.messageId());
        } catch (IOException e) {
            log.warn("Could not answer message {} of {}: {}", answer.messageId(), connection.identity(), e.getMessage());
        }
    }
}
