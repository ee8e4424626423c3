package io.busbar.simulator.wire;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens OCPP-J WebSockets through a small pool of shared {@link HttpClient}s. One client's selector thread
 * becomes the bottleneck at a few thousand sockets, so large load runs spread connections round-robin over
 * several clients; ordinary tests use one.
 */
public final class WebSocketConnector implements AutoCloseable {
    private static final WebSocketConnector SHARED = new WebSocketConnector(1, null, Duration.ofSeconds(10));

    private final HttpClient[] clients;
    private final AtomicInteger next = new AtomicInteger();
    private final Duration connectTimeout;

    /**
     * @param clients        how many HttpClients to spread connections over (at least 1)
     * @param sslContext     the TLS context for {@code wss://} URLs, or null for the JDK default
     * @param connectTimeout how long the TCP connect plus WebSocket upgrade may take
     */
    public WebSocketConnector(int clients, SSLContext sslContext, Duration connectTimeout) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, was " + clients);
        }
        this.connectTimeout = connectTimeout;
        this.clients = new HttpClient[clients];
        for (int i = 0; i < clients; i++) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .executor(Executors.newVirtualThreadPerTaskExecutor());
            if (sslContext != null) {
                builder.sslContext(sslContext);
            }
            this.clients[i] = builder.build();
        }
    }

    /** One HttpClient with the default TLS context, shared by all charge points that do not bring their own. */
    public static WebSocketConnector shared() {
        return SHARED;
    }

    /**
     * Starts the upgrade to {@code endpoint} offering exactly one subprotocol. With a password, sends HTTP Basic
     * credentials {@code identity:password} on the upgrade (OCPP security profiles 1 and 2).
     */
    public CompletableFuture<WebSocket> open(URI endpoint, String subprotocol, String identity, String password,
                                             WebSocket.Listener listener) {
        HttpClient client = clients[Math.floorMod(next.getAndIncrement(), clients.length)];
        WebSocket.Builder builder = client.newWebSocketBuilder()
                .subprotocols(subprotocol)
                .connectTimeout(connectTimeout);
        if (password != null) {
            String credentials = identity + ":" + password;
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.buildAsync(endpoint, listener);
    }

    /** Drops every connection opened through this connector at once (the shared connector is never closed). */
    @Override
    public void close() {
        if (this == SHARED) {
            return;
        }
        for (HttpClient client : clients) {
            client.shutdownNow();
        }
    }

    /** The charger's endpoint: the CSMS URL with the identity as last path segment, as OCPP-J requires. */
    public static URI endpoint(String csmsUrl, String identity) {
        String base = csmsUrl.endsWith("/") ? csmsUrl : csmsUrl + "/";
        return URI.create(base + java.net.URLEncoder.encode(identity, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
