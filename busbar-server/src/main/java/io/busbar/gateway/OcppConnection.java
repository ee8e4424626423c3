package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import io.busbar.ocpp.rpc.OcppVersion;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/** One live charger connection: its identity and version, the socket, and the state the gateway keeps for it. */
final class OcppConnection implements ChargerContext {
    private final WebSocketSession session;
    private final HandshakeInfo handshake;
    private final OcppVersion version;
    private final Instant connectedAt;
    // Tomcat's remote endpoint refuses concurrent writes: every frame, ping and close goes through this lock.
    private final ReentrantLock sendLock = new ReentrantLock();
    private final OutboundCalls outbound;
    private final TextFrameAssembler inboundText;
    private final AtomicReference<DisconnectReason> closeReason = new AtomicReference<>();
    private final AtomicBoolean disconnectReported = new AtomicBoolean();
    private volatile long lastLifeNanos;
    private volatile long lastPingNanos;

    OcppConnection(WebSocketSession session, HandshakeInfo handshake, OcppVersion version, Instant connectedAt,
                   RpcServices rpc, int maxFrameChars) {
        this.session = session;
        this.handshake = handshake;
        this.version = version;
        this.connectedAt = connectedAt;
        this.outbound = new OutboundCalls(this, rpc);
        this.inboundText = new TextFrameAssembler(maxFrameChars);
        this.lastLifeNanos = System.nanoTime();
        this.lastPingNanos = lastLifeNanos;
    }

    @Override
    public String identity() {
        return handshake.identity();
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    @Override
    public String remoteAddress() {
        return handshake.remoteAddress();
    }

    @Override
    public Instant connectedAt() {
        return connectedAt;
    }

    @Override
    public boolean secure() {
        return handshake.secure();
    }

    OutboundCalls outbound() {
        return outbound;
    }

    TextFrameAssembler inboundText() {
        return inboundText;
    }

    /** Sends one text frame; {@code messageId} is for the frame log. */
    void send(String text, String messageId) throws IOException {
        sendLock.lock();
        try {
            FrameLog.outbound(identity(), messageId, text);
            session.sendMessage(new TextMessage(text));
        } catch (IllegalStateException closed) {
            throw new IOException("Connection of " + identity() + " is closed", closed);
        } finally {
            sendLock.unlock();
        }
    }

    /** Sends a WebSocket ping unless a frame is being written right now (which shows the link is in use). */
    void ping() {
        if (!sendLock.tryLock()) {
            return;
        }
        try {
            session.sendMessage(new PingMessage());
        } catch (IOException | RuntimeException e) {
            // The dead-link sweep will notice the silence; nothing to do here.
        } finally {
            sendLock.unlock();
        }
    }

    /**
     * Closes the socket, remembering why: the first reason given wins. Waits briefly for a frame being written,
     * then closes regardless, because a socket stuck in a write is exactly the one that must go.
     */
    void close(CloseStatus status, DisconnectReason reason) {
        closeReason.compareAndSet(null, reason);
        boolean locked = false;
        try {
            locked = sendLock.tryLock(2, TimeUnit.SECONDS);
            session.close(status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // Already closed or broken: either way it is gone.
        } finally {
            if (locked) {
                sendLock.unlock();
            }
        }
    }

    boolean closing() {
        return closeReason.get() != null;
    }

    /** Why the connection ended: the reason Busbar closed it for, else the charger closed it. */
    DisconnectReason disconnectReason(DisconnectReason otherwise) {
        DisconnectReason reason = closeReason.get();
        return reason == null ? otherwise : reason;
    }

    /** True exactly once: the caller reports the disconnection. */
    boolean claimDisconnectReport() {
        return disconnectReported.compareAndSet(false, true);
    }

    void markAlive() {
        lastLifeNanos = System.nanoTime();
    }

    long lastLifeNanos() {
        return lastLifeNanos;
    }

    long lastPingNanos() {
        return lastPingNanos;
    }

    void markPinged(long nanos) {
        lastPingNanos = nanos;
    }

    @Override
    public String toString() {
        return "OcppConnection[" + identity() + ", " + version.subprotocol() + ", " + remoteAddress() + "]";
    }
}
