package io.busbar.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/**
 * A webhook receiver on loopback (the JDK's HTTP server): records every request, answers 200 unless told otherwise
 * per path, optionally slowly. {@link Received#acknowledged()} is set once a 2xx answer was sent.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ToIntFunction<Received>> answers = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How the receiver answers requests to {@code path}: the HTTP status for each request. */
    void answer(String path, ToIntFunction<Received> status) {
        answers.put(path, status);
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            Received request = new Received(exchange.getRequestURI().getPath(), headers, body, Instant.now());
            received.add(request);
            Thread.sleep(delay);
            int status = answers.getOrDefault(request.path(), r -> 200).applyAsInt(request);
            exchange.sendResponseHeaders(status, -1);
            if (status / 100 == 2) {
                request.acknowledged = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static final class Received {
        private final String path;
        private final Map<String, String> headers;
        private final String body;
        private final Instant at;
        private volatile boolean acknowledged;

        Received(String path, Map<String, String> headers, String body, Instant at) {
            this.path = path;
            this.headers = headers;
            this.body = body;
            this.at = at;
        }

        String path() {
            return path;
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String body() {
            return body;
        }

        Instant at() {
            return at;
        }

        boolean acknowledged() {
            return acknowledged;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String eventId() {
            return header("Busbar-Event-Id");
        }

        String deliveryId() {
            return header("Busbar-Delivery-Id");
        }

        /** Verifies the signature the way the README tells receivers to, with our own HMAC. */
        boolean signedWith(String secret) {
            String signature = header("Busbar-Signature");
            String timestamp = header("Busbar-Timestamp");
            if (signature == null || timestamp == null || !signature.startsWith("t=" + timestamp + ",v1=")) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                        .getBytes(StandardCharsets.UTF_8)));
                return signature.equals("t=" + timestamp + ",v1=" + expected);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
