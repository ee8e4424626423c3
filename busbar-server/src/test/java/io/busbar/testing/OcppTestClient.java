package io.busbar.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A scripted charger for tests: a real WebSocket client (the JDK's) that speaks raw OCPP-J frames, so tests can
 * send anything, valid or not, and assert on exactly what Busbar answers. Pings are answered by the JDK client.
 *
 * <pre>{@code
 * try (var charger = OcppTestClient.to(port, "CP-1").subprotocols("ocpp1.6").connect()) {
 *     JsonNode answer = charger.call("Heartbeat", "{}");      // [3, id, {...}] or [4, id, code, ...]
 *     JsonNode call = charger.awaitCall();                      // a CALL from Busbar
 *     charger.reply(call, "{\"status\":\"Accepted\"}");
 * }
 * }</pre>
 */
public final class OcppTestClient implements AutoCloseable {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final BlockingQueue<String> frames;
    private final CompletableFuture<Closed> closed;

    private OcppTestClient(WebSocket socket, BlockingQueue<String> frames, CompletableFuture<Closed> closed) {
        this.socket = socket;
        this.frames = frames;
        this.closed = closed;
    }

    /** Starts a connection to {@code ws://localhost:port/ocpp/{identity}} (the identity is sent as given). */
    public static Builder to(int port, String identity) {
        return new Builder(URI.create("ws://localhost:" + port + "/ocpp/" + identity));
    }

    public static Builder to(URI endpoint) {
        return new Builder(endpoint);
    }

    /** The subprotocol the server accepted, or "" when it accepted none. */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void sendText(String frame) {
        socket.sendText(frame, true).join();
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /** Sends {@code [2, id, action, payload]} and returns the next frame, which should be its answer. */
    public JsonNode call(String action, String payloadJson) {
        String id = UUID.randomUUID().toString();
        sendText("[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
        return awaitJson();
    }

    /** The next text frame from the server; fails the test when none arrives within {@link #DEFAULT_WAIT}. */
    public String awaitFrame() {
        return awaitFrame(DEFAULT_WAIT);
    }

    public String awaitFrame(Duration wait) {
        try {
            String frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("No frame from the server within " + wait);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a frame", e);
        }
    }

    public JsonNode awaitJson() {
        return JSON.readTree(awaitFrame());
    }

    /** The next frame, which must be a CALL {@code [2, id, action, payload]}. */
    public JsonNode awaitCall() {
        JsonNode frame = awaitJson();
        if (!frame.isArray() || frame.get(0).asInt() != 2) {
            throw new AssertionError("Expected a CALL but got " + frame);
        }
        return frame;
    }

    /** Answers a CALL from the server with a CALLRESULT. */
    public void reply(JsonNode call, String payloadJson) {
        sendText("[3," + JSON.writeValueAsString(call.get(1)) + "," + payloadJson + "]");
    }

    /** Answers a CALL from the server with a CALLERROR. */
    public void replyError(JsonNode call, String errorCode, String description) {
        ArrayNode error = JSON.createArrayNode().add(4).add(call.get(1).asString()).add(errorCode).add(description);
        error.addObject();
        sendText(JSON.writeValueAsString(error));
    }

    /** Frames received and not yet taken. */
    public int pendingFrames() {
        return frames.size();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Waits for the server to close the connection and returns its close code and reason. */
    public Closed awaitClose() {
        try {
            return closed.get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The server did not close the connection within " + DEFAULT_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** Closes like a well-behaved charger: a close frame, then (bounded) wait for the server's close frame. */
    @Override
    public void close() {
        try {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            closed.get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Already broken or gone: abort below.
        } finally {
            socket.abort();
        }
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** How the server closed the connection; code -1 when the connection failed without a close frame. */
    public record Closed(int code, String reason) {
    }

    public static final class Builder {
        private final URI endpoint;
        private final List<String> subprotocols = new ArrayList<>();
        private String authorization;
        private SSLContext sslContext;

        private Builder(URI endpoint) {
            this.endpoint = endpoint;
        }

        /** Offered in this order of preference; none = no Sec-WebSocket-Protocol header. */
        public Builder subprotocols(String... names) {
            subprotocols.addAll(List.of(names));
            return this;
        }

        public Builder basicAuth(String user, String password) {
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** Sends a raw {@code Authorization} header value. */
        public Builder authorization(String headerValue) {
            authorization = headerValue;
            return this;
        }

        /** For {@code wss://} endpoints. */
        public Builder sslContext(SSLContext context) {
            sslContext = context;
            return this;
        }

        public OcppTestClient connect() {
            BlockingQueue<String> frames = new LinkedBlockingQueue<>();
            CompletableFuture<Closed> closed = new CompletableFuture<>();
            HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(DEFAULT_WAIT);
            if (sslContext != null) {
                http.sslContext(sslContext);
            }
            WebSocket.Builder ws = http.build().newWebSocketBuilder().connectTimeout(DEFAULT_WAIT);
            if (!subprotocols.isEmpty()) {
                ws.subprotocols(subprotocols.getFirst(), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
            }
            if (authorization != null) {
                ws.header("Authorization", authorization);
            }
            try {
                WebSocket socket = ws.buildAsync(endpoint, new Collector(frames, closed))
                        .get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                return new OcppTestClient(socket, frames, closed);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("Could not connect to " + endpoint, e);
            }
        }

        /** Attempts the handshake expecting a refusal; returns the HTTP status the server answered. */
        public int refusalStatus() {
            try (OcppTestClient unexpected = connect()) {
                throw new AssertionError("Expected the handshake to be refused, but it succeeded with subprotocol '"
                        + unexpected.subprotocol() + "'");
            } catch (CompletionException e) {
                if (e.getCause() instanceof WebSocketHandshakeException refused) {
                    return refused.getResponse().statusCode();
                }
                throw e;
            }
        }
    }

    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> frames;
        private final CompletableFuture<Closed> closed;
        private final StringBuilder parts = new StringBuilder();

        Collector(BlockingQueue<String> frames, CompletableFuture<Closed> closed) {
            this.frames = frames;
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                frames.add(parts.toString());
                parts.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
