package io.busbar.simulator.noop;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.rpc.RpcFrame;
import tools.jackson.databind.JsonNode;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal OCPP-J server on plain sockets and virtual threads (RFC 6455 text frames, ping/pong, close) that
 * answers every CALL at once with a canned CALLRESULT. It is the test peer of the simulator and the "no-op
 * ceiling" of the benchmark: what the transport alone costs on this machine, next to which Busbar is measured.
 * Also answers {@code GET /actuator/health} so scripts can wait for it the same way as for Busbar.
 *
 * <p>{@code java -cp busbar-simulator-cli.jar io.busbar.simulator.noop.NoOpOcppServer [port]}
 */
public final class NoOpOcppServer implements AutoCloseable {
    private static final RpcCodec CODEC = new RpcCodec();
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final ServerSocket serverSocket;
    private final boolean recordFrames;
    private final CannedAnswers answers;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Peer> peers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> framesByIdentity = new ConcurrentHashMap<>();
    private final AtomicLong callsAnswered = new AtomicLong();
    private final AtomicLong serverCallIds = new AtomicLong();

    private NoOpOcppServer(ServerSocket serverSocket, boolean recordFrames, Clock clock) {
        this.serverSocket = serverSocket;
        this.recordFrames = recordFrames;
        this.answers = new CannedAnswers(clock);
    }

    /**
     * Listens on loopback. {@code port} 0 picks a free port. With {@code recordFrames}, every text frame received
     * is kept per identity for tests to inspect (leave it off under load).
     */
    public static NoOpOcppServer start(int port, boolean recordFrames) throws IOException {
        ServerSocket socket = new ServerSocket(port, 4096, InetAddress.getLoopbackAddress());
        NoOpOcppServer server = new NoOpOcppServer(socket, recordFrames, Clock.systemUTC());
        server.threads.submit(server::acceptLoop);
        return server;
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        NoOpOcppServer server = start(port, false);
        System.out.println("NoOpOcppServer listening on ws://127.0.0.1:" + server.port() + "/ocpp");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The base URL chargers connect to (their identity is appended). */
    public String url() {
        return "ws://127.0.0.1:" + port() + "/ocpp";
    }

    public int connectedCount() {
        return peers.size();
    }

    public long callsAnswered() {
        return callsAnswered.get();
    }

    /** Text frames received from {@code identity}, in order (only with recordFrames). */
    public List<String> receivedFrames(String identity) {
        return List.copyOf(framesByIdentity.getOrDefault(identity, List.of()));
    }

    /** Sends a CSMS-initiated CALL to a connected charger; completes with the decoded answer frame. */
    public CompletableFuture<RpcFrame> sendCall(String identity, String action, JsonNode payload) {
        Peer peer = peers.get(identity);
        if (peer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(identity + " is not connected"));
        }
        String id = "csms-" + serverCallIds.incrementAndGet();
        CompletableFuture<RpcFrame> answer = new CompletableFuture<>();
        peer.pendingCalls.put(id, answer);
        try {
            peer.sendText(CODEC.encode(new Call(id, action, payload)));
        } catch (IOException e) {
            peer.pendingCalls.remove(id);
            answer.completeExceptionally(e);
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        peers.values().forEach(Peer::closeQuietly);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                threads.submit(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            Optional<Peer> peer = handshake(in, out);
            if (peer.isPresent()) {
                peers.put(peer.get().identity, peer.get());
                try {
                    peer.get().readLoop(in);
                } finally {
                    peers.remove(peer.get().identity, peer.get());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the peer went away or sent garbage: its socket is closed either way
        }
    }

    private Optional<Peer> handshake(DataInputStream in, OutputStream out) throws IOException {
        String requestLine = readLine(in);
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String[] parts = requestLine.split(" ");
        String path = parts.length > 1 ? parts[1] : "/";
        if (path.startsWith("/actuator/health")) {
            respond(out, "200 OK", "Content-Type: application/json\r\n", "{\"status\":\"UP\"}");
            return Optional.empty();
        }
        String key = headers.get("sec-websocket-key");
        if (key == null || !"websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))) {
            respond(out, "400 Bad Request", "", "WebSocket upgrade expected");
            return Optional.empty();
        }
        // Pick the first offered subprotocol we speak (OCPP-J 1.6 §3.1.2, OCPP 2.0.1 Part 4 §3.1.2).
        Optional<OcppVersion> version = Arrays.stream(headers.getOrDefault("sec-websocket-protocol", "").split(","))
                .map(String::trim)
                .map(OcppVersion::fromSubprotocol)
                .flatMap(Optional::stream)
                .findFirst();
        if (version.isEmpty()) {
            respond(out, "400 Bad Request", "", "No supported OCPP subprotocol offered");
            return Optional.empty();
        }
        String identity = java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + WebSocketFrames.acceptKey(key) + "\r\n"
                + "Sec-WebSocket-Protocol: " + version.get().subprotocol() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return Optional.of(new Peer(identity, version.get(), out));
    }

    private static void respond(OutputStream out, String status, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() > MAX_HEADER_BYTES) {
                throw new IOException("incomplete or oversized HTTP header");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** One connected charger. */
    private final class Peer {
        final String identity;
        final OcppVersion version;
        final OutputStream out;
        final Map<String, CompletableFuture<RpcFrame>> pendingCalls = new ConcurrentHashMap<>();

        Peer(String identity, OcppVersion version, OutputStream out) {
            this.identity = identity;
            this.version = version;
            this.out = out;
        }

        void readLoop(DataInputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                WebSocketFrames.Frame frame;
                try {
                    frame = WebSocketFrames.read(in);
                } catch (WebSocketFrames.FrameTooLargeException e) {
                    send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(1009, "message too big"));
                    return;
                }
                switch (frame.opcode()) {
                    case WebSocketFrames.TEXT, WebSocketFrames.CONTINUATION -> {
                        message.write(frame.payload());
                        if (message.size() > WebSocketFrames.MAX_PAYLOAD) {
                            send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(1009, "message too big"));
                            return;
                        }
                        if (frame.fin()) {
                            onText(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                        }
                    }
                    case WebSocketFrames.PING -> send(WebSocketFrames.PONG, frame.payload());
                    case WebSocketFrames.PONG -> { }
                    case WebSocketFrames.CLOSE -> {
                        send(WebSocketFrames.CLOSE, frame.payload().length >= 2
                                ? Arrays.copyOf(frame.payload(), 2) : new byte[0]);
                        return;
                    }
                    default -> {
                        // OCPP-J uses text frames only (RFC 6455 §7.4.1: 1003 = cannot accept this data type)
                        send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(1003, "text frames only"));
                        return;
                    }
                }
            }
        }

        private void onText(String text) throws IOException {
            if (recordFrames) {
                framesByIdentity.computeIfAbsent(identity, id -> new CopyOnWriteArrayList<>()).add(text);
            }
            RpcFrame frame;
            try {
                frame = CODEC.decode(text);
            } catch (RpcException e) {
                sendText(CODEC.encode(e.toCallError(version)));
                return;
            }
            switch (frame) {
                case Call call -> {
                    sendText(CODEC.encode(new CallResult(call.messageId(), answers.answer(version, call.action()))));
                    callsAnswered.incrementAndGet();
                }
                default -> {
                    CompletableFuture<RpcFrame> pending = pendingCalls.remove(frame.messageId());
                    if (pending != null) {
                        pending.complete(frame);
                    }
                }
            }
        }

        void sendText(String text) throws IOException {
            send(WebSocketFrames.TEXT, text.getBytes(StandardCharsets.UTF_8));
        }

        synchronized void send(int opcode, byte[] payload) throws IOException {
            WebSocketFrames.write(out, opcode, payload);
            out.flush();
        }

        void closeQuietly() {
            try {
                send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(1001, "server stopping"));
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
