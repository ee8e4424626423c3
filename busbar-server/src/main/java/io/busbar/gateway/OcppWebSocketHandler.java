package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import io.busbar.ocpp.rpc.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

import java.io.EOFException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Connects Spring's WebSocket sessions to the gateway: creates and registers an {@link OcppConnection} when a
 * socket opens, feeds its frames to the {@link InboundDispatcher}, unregisters it when the socket closes.
 *
 * <p>Frames of one connection are handled on the thread Tomcat delivers them on (a virtual thread), one after
 * the other, so a connection's CALLs are answered in order while other chargers proceed in parallel. A handler
 * must therefore never wait for the answer to a call it sends to the same charger: that answer is read only
 * after the handler returns.
 */
final class OcppWebSocketHandler implements WebSocketHandler, SubProtocolCapable {
    private static final Logger log = LoggerFactory.getLogger(OcppWebSocketHandler.class);
    private static final String CONNECTION = OcppConnection.class.getName();
    private static final List<String> SUBPROTOCOLS = Arrays.stream(OcppVersion.values())
            .map(OcppVersion::subprotocol).toList();
    /**
     * OCPP-J 1.6 §3.1.2 / OCPP 2.0.1 Part 4 §3.1.2: a handshake offering no supported subprotocol is completed
     * without a Sec-WebSocket-Protocol header and the connection is closed at once (RFC 6455 1002).
     */
    private static final CloseStatus NO_SUBPROTOCOL = new CloseStatus(CloseStatus.PROTOCOL_ERROR.getCode(),
            "Supported subprotocols: " + String.join(", ", SUBPROTOCOLS));
    private static final CloseStatus SERVER_ERROR = CloseStatus.SERVER_ERROR;

    private final ConnectionRegistry registry;
    private final InboundDispatcher dispatcher;
    private final RpcServices rpc;
    private final Clock clock;
    private final int maxFrameChars;

    OcppWebSocketHandler(ConnectionRegistry registry, InboundDispatcher dispatcher, RpcServices rpc, Clock clock,
                         int maxFrameChars) {
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.rpc = rpc;
        this.clock = clock;
        this.maxFrameChars = maxFrameChars;
    }

    /** Spring's handshake picks the first subprotocol in the client's list that appears here. */
    @Override
    public List<String> getSubProtocols() {
        return SUBPROTOCOLS;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        HandshakeInfo handshake = (HandshakeInfo) session.getAttributes().get(HandshakeInfo.ATTRIBUTE);
        Optional<OcppVersion> version = Optional.ofNullable(session.getAcceptedProtocol())
                .flatMap(OcppVersion::fromSubprotocol);
        if (handshake == null || version.isEmpty()) {
            log.info("Closing connection of {} from {}: it offered none of {}",
                    handshake == null ? "?" : handshake.identity(), session.getRemoteAddress(), SUBPROTOCOLS);
            session.close(NO_SUBPROTOCOL);
            return;
        }
        var connection = new OcppConnection(session, handshake, version.get(), clock.instant(), rpc, maxFrameChars);
        session.getAttributes().put(CONNECTION, connection);
        registry.register(connection);
    }

    @Override
    public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) {
        OcppConnection connection = connectionOf(session);
        if (connection == null) {
            return; // refused for want of a subprotocol, closing
        }
        connection.markAlive();
        switch (message) {
            case TextMessage text -> {
                TextFrameAssembler.Frame frame = connection.inboundText().add(text.getPayload(), text.isLast());
                if (frame != null && frame.oversized()) {
                    dispatcher.onOversized(connection, frame.text());
                } else if (frame != null) {
                    dispatcher.onText(connection, frame.text());
                }
            }
            case BinaryMessage binary -> {
                if (binary.isLast()) {
                    dispatcher.onBinary(connection);
                }
            }
            case PongMessage pong -> {
                // Life is all a pong says.
            }
            default -> log.debug("Ignored {} from {}", message.getClass().getSimpleName(), connection.identity());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        OcppConnection connection = connectionOf(session);
        String who = connection == null ? String.valueOf(session.getRemoteAddress()) : connection.identity();
        log.info("Transport error on the connection of {}: {}", who, exception.toString());
        if (connection != null) {
            // End of stream without a close frame: the charger dropped the connection, which is its way of closing.
            var reason = exception instanceof EOFException ? DisconnectReason.CLOSED_BY_CHARGER : DisconnectReason.ERROR;
            registry.close(connection, SERVER_ERROR, reason);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        OcppConnection connection = connectionOf(session);
        if (connection != null) {
            log.debug("Connection of {} closed with {}", connection.identity(), status);
            registry.unregister(connection, connection.disconnectReason(DisconnectReason.CLOSED_BY_CHARGER));
        }
    }

    /** Partial messages are accepted so that Tomcat's per-session buffer can stay small ({@link TextFrameAssembler}). */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    private static OcppConnection connectionOf(WebSocketSession session) {
        return (OcppConnection) session.getAttributes().get(CONNECTION);
    }
}
