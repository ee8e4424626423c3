package io.busbar.simulator.wire;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.rpc.RpcFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One charger-side OCPP-J WebSocket. Sends CALLs strictly one at a time (OCPP-J 1.6 §4.1.1, OCPP 2.0.1 Part 4
 * §4.1.1: a sender waits for the answer, or a timeout, before its next CALL); calls made meanwhile queue in
 * order. CALLs from the CSMS are answered by the given function as soon as they arrive.
 */
public final class OcppConnection implements WebSocket.Listener {
    private static final Logger log = LoggerFactory.getLogger(OcppConnection.class);
    private static final RpcCodec CODEC = new RpcCodec();

    private final OcppVersion version;
    private final Function<Call, RpcFrame> csmsCallAnswerer;
    private final Runnable afterAnswerWritten;
    private final Duration callTimeout;
    private final AtomicLong messageIds = new AtomicLong();
    private final Object lock = new Object();
    private final ArrayDeque<PendingCall> queue = new ArrayDeque<>();
    private final Map<String, CompletableFuture<RpcFrame>> looseAnswers = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final StringBuilder partialText = new StringBuilder();
    private PendingCall outstanding;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private WebSocket socket;

    private OcppConnection(OcppVersion version, Function<Call, RpcFrame> csmsCallAnswerer,
                           Runnable afterAnswerWritten, Duration callTimeout) {
        this.version = version;
        this.csmsCallAnswerer = csmsCallAnswerer;
        this.afterAnswerWritten = afterAnswerWritten;
        this.callTimeout = callTimeout;
    }

    /** Connects to {@code endpoint} (URL already ending in the identity) with the version's subprotocol. */
    public static CompletableFuture<OcppConnection> open(WebSocketConnector connector, URI endpoint, String identity,
                                                         String password, OcppVersion version,
                                                         Function<Call, RpcFrame> csmsCallAnswerer,
                                                         Duration callTimeout) {
        return open(connector, endpoint, identity, password, version, csmsCallAnswerer, () -> {
        }, callTimeout);
    }

    /**
     * As {@link #open(WebSocketConnector, URI, String, String, OcppVersion, Function, Duration)}, running
     * {@code afterAnswerWritten} on the reading thread each time an answer to a CSMS CALL has been queued for
     * sending.
     */
    public static CompletableFuture<OcppConnection> open(WebSocketConnector connector, URI endpoint, String identity,
                                                         String password, OcppVersion version,
                                                         Function<Call, RpcFrame> csmsCallAnswerer,
                                                         Runnable afterAnswerWritten, Duration callTimeout) {
        OcppConnection connection = new OcppConnection(version, csmsCallAnswerer, afterAnswerWritten, callTimeout);
        return connector.open(endpoint, version.subprotocol(), identity, password, connection)
                .thenApply(ws -> {
                    if (!version.subprotocol().equals(ws.getSubprotocol())) {
                        ws.abort();
                        throw new ConnectionClosedException("CSMS did not accept subprotocol " + version.subprotocol()
                                + " (answered '" + ws.getSubprotocol() + "')");
                    }
                    return connection;
                });
    }

    public OcppVersion version() {
        return version;
    }

    /** Sends a CALL once every earlier CALL is answered; completes with the CALLRESULT or CALLERROR. */
    public CompletableFuture<RpcFrame> call(String action, Supplier<JsonNode> payload) {
        return enqueue(new PendingCall(action, payload, null));
    }

    /** Like {@link #call} but a CALLERROR completes the future exceptionally with {@link CallErrorException}. */
    public CompletableFuture<JsonNode> callForResult(String action, Supplier<JsonNode> payload) {
        return call(action, payload).thenApply(frame -> switch (frame) {
            case CallResult result -> result.payload();
            case CallError error -> throw new CallErrorException(action, error);
            case Call unexpected -> throw new IllegalStateException("A CALL cannot answer a CALL");
        });
    }

    /**
     * Sends {@code text} verbatim, in turn with the other CALLs, and completes with the next CALLRESULT or
     * CALLERROR that arrives, whatever its id: for negative tests with malformed frames.
     */
    public CompletableFuture<RpcFrame> sendRaw(String text) {
        return enqueue(new PendingCall("(raw)", null, text));
    }

    /** The CALLRESULT or CALLERROR carrying {@code messageId} that no queued CALL claimed (raw or late answers). */
    public CompletableFuture<RpcFrame> rawAnswerTo(String messageId) {
        return looseAnswers.computeIfAbsent(messageId, id -> new CompletableFuture<>());
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    /** Completes when the socket is closed by either side. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /**
     * Drops the TCP connection at once, without a WebSocket close handshake, as a charger that loses power or
     * network would (the CSMS sees the socket end, not a close frame); fails whatever is still waiting.
     */
    public void abort() {
        WebSocket ws;
        synchronized (lock) {
            ws = socket;
        }
        if (ws != null) {
            ws.abort();
        }
        failAll("aborted by the simulator");
    }

    /** Closes normally (status 1000) and fails whatever is still waiting. */
    public void close() {
        WebSocket ws;
        synchronized (lock) {
            ws = socket;
        }
        if (ws != null && !ws.isOutputClosed()) {
            sendChain.whenComplete((x, e) -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((y, f) -> ws.abort()));
        }
        failAll("closed by the simulator");
    }

    private CompletableFuture<RpcFrame> enqueue(PendingCall call) {
        if (closed.isDone()) {
            return CompletableFuture.failedFuture(new ConnectionClosedException("connection is closed"));
        }
        synchronized (lock) {
            queue.add(call);
        }
        sendNextIfIdle();
        return call.answer;
    }

    private void sendNextIfIdle() {
        PendingCall next;
        String text;
        synchronized (lock) {
            if (outstanding != null || socket == null || queue.isEmpty()) {
                return;
            }
            next = queue.poll();
            try {
                text = next.rawText != null ? next.rawText : encode(next);
            } catch (RuntimeException e) {
                next.answer.completeExceptionally(e);
                text = null;
            }
            if (text != null) {
                outstanding = next;
                writeLocked(text).exceptionally(e -> {
                    finish(next, null, e);
                    return null;
                });
            }
        }
        if (text == null) {
            sendNextIfIdle();
            return;
        }
        next.answer.orTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((frame, e) -> {
                    if (e != null) {
                        finish(next, null, e);
                    }
                });
    }

    private String encode(PendingCall call) {
        call.messageId = Long.toString(messageIds.incrementAndGet());
        return CODEC.encode(new Call(call.messageId, call.action, call.payload.get()));
    }

    /** Completes {@code call} (if still outstanding) and sends the next queued CALL. */
    private void finish(PendingCall call, RpcFrame answer, Throwable failure) {
        synchronized (lock) {
            if (outstanding != call) {
                return;
            }
            outstanding = null;
        }
        if (failure != null) {
            call.answer.completeExceptionally(failure);
        } else {
            call.answer.complete(answer);
        }
        sendNextIfIdle();
    }

    /** Serialises writes: the JDK WebSocket refuses a send while the previous one is still in progress. */
    private CompletableFuture<?> writeLocked(String text) {
        WebSocket ws = socket;
        sendChain = sendChain.handle((x, e) -> null).thenCompose(x -> ws.sendText(text, true));
        return sendChain;
    }

    private void write(String text) {
        synchronized (lock) {
            if (socket != null) {
                writeLocked(text);
            }
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        synchronized (lock) {
            socket = webSocket;
        }
        webSocket.request(1);
        sendNextIfIdle();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            String text = partialText.toString();
            partialText.setLength(0);
            try {
                onFrame(text);
            } catch (RuntimeException e) {
                log.warn("Could not handle frame {}: {}", text, e.toString());
            }
        }
        webSocket.request(1);
        return null;
    }

    private void onFrame(String text) {
        RpcFrame frame;
        try {
            frame = CODEC.decode(text);
        } catch (RpcException e) {
            write(CODEC.encode(e.toCallError(version)));
            return;
        }
        switch (frame) {
            case Call call -> {
                write(CODEC.encode(csmsCallAnswerer.apply(call)));
                // Anything the answerer scheduled (a triggered message, a reboot...) starts only now, so its CALLs
                // are queued behind the CALLRESULT on the wire.
                afterAnswerWritten.run();
            }
            case CallResult result -> onAnswer(result);
            case CallError error -> onAnswer(error);
        }
    }

    private void onAnswer(RpcFrame answer) {
        PendingCall current;
        synchronized (lock) {
            current = outstanding;
        }
        boolean claimed = current != null
                && (current.rawText != null || answer.messageId().equals(current.messageId));
        if (claimed) {
            finish(current, answer, null);
        }
        if (!claimed || current.rawText != null) {
            looseAnswers.computeIfAbsent(answer.messageId(), id -> new CompletableFuture<>()).complete(answer);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        failAll("closed by the CSMS: " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failAll("socket failed: " + error);
    }

    private void failAll(String why) {
        PendingCall current;
        PendingCall[] waiting;
        synchronized (lock) {
            current = outstanding;
            outstanding = null;
            waiting = queue.toArray(PendingCall[]::new);
            queue.clear();
        }
        closed.complete(null);
        ConnectionClosedException failure = new ConnectionClosedException(why);
        if (current != null) {
            current.answer.completeExceptionally(failure);
        }
        for (PendingCall call : waiting) {
            call.answer.completeExceptionally(failure);
        }
    }

    private static final class PendingCall {
        final String action;
        final Supplier<JsonNode> payload;
        final String rawText;
        final CompletableFuture<RpcFrame> answer = new CompletableFuture<>();
        String messageId;

        PendingCall(String action, Supplier<JsonNode> payload, String rawText) {
            this.action = action;
            this.payload = payload;
            this.rawText = rawText;
        }
    }
}
