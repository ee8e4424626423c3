package io.busbar.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7 acceptance, end to end, the way an integrator builds on Busbar: only HTTP APIs and a simulated OCPP 1.6
 * charger over real sockets, on a real PostgreSQL. The platform creates the tenant "voltway"; its admin key sets up
 * a site, a charger, a tariff and a webhook to a local receiver; a driver signs up, adds a card, finds the charger
 * AVAILABLE with its price, starts from the app, follows the session live on the SSE stream, stops it and gets the
 * receipt; the same session's webhooks arrive signed and in order.
 */
@BusbarTest
// The worker's poll interval only bounds the test's wait (default 1 s); delivery semantics are the product's own.
@TestPropertySource(properties = "busbar.webhooks.poll-interval=100ms")
class DriverJourneyAcceptanceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CHARGER = "VW-AMS-0001";
    private static final String CHARGER_PASSWORD = "voltway-charger-pw-0001";
    private static final double LATITUDE = 52.379189;
    private static final double LONGITUDE = 4.899431;
    private static final List<String> SESSION_AND_CDR_EVENTS =
            List.of("session.started", "session.updated", "session.ended", "cdr.issued");

    @LocalServerPort
    int port;
    Receiver receiver;
    SimulatedChargePoint charger;

    @BeforeEach
    void startReceiver() {
        receiver = Receiver.start();
    }

    @AfterEach
    void stopEverything() {
        if (charger != null) {
            charger.close();
        }
        receiver.close();
    }

    @Test
    void aDriverChargesOnAWhiteLabelTenantAndTheIntegrationHearsAboutItSignedAndInOrder() throws Exception {
        // --- the platform operator creates the CPO's tenant; its admin key is shown once ---
        Answer tenant = call("POST", "/api/v1/tenants", ApiClient.ADMIN_KEY, """
                {"slug": "voltway", "name": "Voltway Charging B.V.", "brand": {"name": "Voltway", "color": "#0a7cff"}}""");
        assertThat(tenant.status()).as(tenant.body()).isEqualTo(201);
        String key = tenant.json().at("/adminKey/key").asString();

        // --- the CPO sets up its network with its own key ---
        Answer site = call("POST", "/api/v1/sites", key, """
                {"name": "Harbour car park", "address": "Kade 12, 1011 AB Amsterdam", "timeZone": "Europe/Amsterdam",
                 "location": {"latitude": %s, "longitude": %s}}""".formatted(LATITUDE, LONGITUDE));
        assertThat(site.status()).as(site.body()).isEqualTo(201);
        String siteId = site.json().get("id").asString();
        Answer registered = call("POST", "/api/v1/chargers", key, """
                {"identity": "%s", "password": "%s", "siteId": "%s", "label": "Bay 1"}"""
                .formatted(CHARGER, CHARGER_PASSWORD, siteId));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Answer tariff = call("POST", "/api/v1/tariffs", key, """
                {"id": "voltway-ac", "currency": "EUR", "elements": [{"components": [
                  {"dimension": "FLAT", "price": 0.50, "vatPercent": 19, "stepSize": 1},
                  {"dimension": "ENERGY", "price": 0.39, "vatPercent": 19, "stepSize": 1}]}]}""");
        assertThat(tariff.status()).as(tariff.body()).isEqualTo(201);
        Answer assigned = call("POST", "/api/v1/tariff-assignments", key, """
                {"tariffId": "voltway-ac", "scope": "SITE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(siteId));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        Answer webhook = call("POST", "/api/v1/webhooks", key, """
                {"url": "%s", "eventTypes": ["session.started", "session.updated", "session.ended", "cdr.issued"],
                 "description": "Voltway ERP"}""".formatted(receiver.url("/voltway")));
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        String secret = webhook.json().get("secret").asString();

        // --- the charger connects (HTTP Basic, security profile 1) and boots ---
        charger = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", CHARGER, OcppVersion.V16)
                .password(CHARGER_PASSWORD).connect();
        assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);

        // --- a driver signs up with the brand, adds a card and is given credit ---
        Answer signedUp = call("POST", "/api/v1/driver/voltway/signup", null, """
                {"email": "jane-%s@example.com", "name": "Jane Driver", "password": "a long passphrase 1"}"""
                .formatted(UUID.randomUUID()));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        String driver = signedUp.json().at("/tokens/accessToken").asString();
        Answer card = call("POST", "/api/v1/driver/me/tokens", driver, """
                {"uid": "04A1B2C3D4E5F6", "label": "Blue card"}""");
        assertThat(card.status()).as(card.body()).isEqualTo(201);
        Answer topUp = call("POST", "/api/v1/accounts/" + signedUp.json().at("/driver/accountId").asString()
                + "/wallet/top-ups", key, """
                {"amount": 50.00, "paymentMethod": "4242424242424242"}""");
        assertThat(topUp.status()).as(topUp.body()).isEqualTo(201);

        // --- finds the charger near the site: available, with its price ---
        JsonNode evse = await().atMost(WAIT).until(() -> nearbyEvse(driver, siteId), Optional::isPresent).orElseThrow();
        assertThat(evse.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(evse.at("/price/currency").asString()).isEqualTo("EUR");
        assertThat(evse.at("/price/text").asString()).contains("0.39");

        // --- starts from the app (a retried request with the same key starts nothing more) ---
        String idempotencyKey = UUID.randomUUID().toString();
        Answer started = start(driver, idempotencyKey);
        Answer retried = start(driver, idempotencyKey);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("Accepted");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(charger.receivedCalls().stream().filter(c -> c.action().equals("RemoteStartTransaction")))
                .hasSize(1);
        JsonNode session = await().atMost(WAIT).until(() -> latestSession(driver),
                s -> s != null && "ACTIVE".equals(s.get("state").asString()));
        String sessionId = session.get("id").asString();

        // --- follows it live: energy and the running cost on the stream ---
        List<JsonNode> live = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> stream = follow(driver, sessionId, live);
        await().atMost(WAIT).until(() -> !live.isEmpty());
        ChargingSession running = await().atMost(WAIT).until(() -> charger.runningSessions().on(1).orElse(null),
                Objects::nonNull);
        running.advance(Duration.ofMinutes(30));
        JsonNode charging = await().atMost(WAIT).until(() -> live.stream()
                .filter(e -> e.path("energyWh").asLong() > 0).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(charging.at("/cost/currency").asString()).isEqualTo("EUR");
        assertThat(charging.at("/cost/amount").decimalValue()).isPositive();
        assertThat(charging.get("costFinal").asBoolean()).isFalse();
        // the integration hears of the progress before the session ends
        await().atMost(WAIT).until(() -> receiver.types().contains("session.updated"));

        // --- stops it and gets the receipt ---
        Answer stopped = call("POST", "/api/v1/driver/me/sessions/" + sessionId + "/stop", driver, null);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("status").asString()).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> live.stream().anyMatch(e -> "ENDED".equals(e.path("state").asString())));
        assertThat(stream.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200); // closed once the session ended
        JsonNode receipt = await().atMost(WAIT).until(
                () -> call("GET", "/api/v1/driver/me/sessions/" + sessionId + "/receipt", driver, null),
                r -> r.status() == 200).json();
        JsonNode ended = call("GET", "/api/v1/driver/me/sessions/" + sessionId, driver, null).json();
        assertThat(ended.get("costFinal").asBoolean()).isTrue();
        BigDecimal total = receipt.at("/totalInclVat/amount").decimalValue();
        assertThat(total).isPositive().isEqualByComparingTo(ended.at("/cost/amount").decimalValue());
        await().atMost(WAIT).until(() -> call("GET", "/api/v1/driver/me/wallet", driver, null).json()
                .get("cash").decimalValue().compareTo(new BigDecimal("50.00").subtract(total)) == 0);

        // --- the integration received the same session's story, signed, fresh and in order ---
        await().atMost(WAIT).until(() -> receiver.types().contains("cdr.issued"));
        List<Delivered> delivered = receiver.received();
        assertThat(delivered).allSatisfy(d -> assertThat(d.signedWith(secret)).as(d.body()).isTrue());
        assertThat(delivered).allSatisfy(d -> assertThat(d.timestamp())
                .isBetween(d.at().minusSeconds(30), d.at().plusSeconds(30)));
        assertThat(delivered).allSatisfy(d -> assertThat(d.json().at("/data/sessionId").asString())
                .isEqualTo(sessionId));
        assertThat(delivered).allSatisfy(d -> assertThat(d.json().get("chargerId").asString()).isEqualTo(CHARGER));
        List<String> types = receiver.types();
        assertThat(types).containsOnly(SESSION_AND_CDR_EVENTS.toArray(String[]::new));
        assertThat(types.getFirst()).isEqualTo("session.started");
        assertThat(types.subList(types.lastIndexOf("session.updated"), types.size()))
                .containsExactly("session.updated", "session.ended", "cdr.issued");
        assertThat(types.stream().filter(t -> !t.equals("session.updated")))
                .containsExactly("session.started", "session.ended", "cdr.issued");
        JsonNode cdr = delivered.getLast().json().get("data");
        assertThat(new BigDecimal(cdr.at("/total/amount").asString())).isEqualByComparingTo(total);
    }

    private Optional<JsonNode> nearbyEvse(String driver, String siteId) {
        JsonNode locations = call("GET", "/api/v1/driver/chargers?near=%s,%s&radius=2000"
                .formatted(LATITUDE, LONGITUDE), driver, null).json().get("items");
        return StreamSupport.stream(locations.spliterator(), false)
                .filter(location -> location.get("id").asString().equals(siteId))
                .flatMap(location -> StreamSupport.stream(location.get("evses").spliterator(), false))
                .filter(e -> e.get("chargerId").asString().equals(CHARGER) && e.get("evseId").asInt() == 1)
                .filter(e -> "AVAILABLE".equals(e.get("status").asString()) && e.hasNonNull("price"))
                .findFirst();
    }

    private Answer start(String driver, String idempotencyKey) {
        return call("POST", "/api/v1/driver/me/sessions", driver, """
                {"chargerId": "%s", "evseId": 1}""".formatted(CHARGER), Map.of("Idempotency-Key", idempotencyKey));
    }

    private JsonNode latestSession(String driver) {
        JsonNode items = call("GET", "/api/v1/driver/me/sessions", driver, null).json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** Reads the session's SSE stream in the background: each {@code data:} line is one event. */
    private CompletableFuture<HttpResponse<Void>> follow(String driver, String sessionId, List<JsonNode> events) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/driver/me/sessions/" + sessionId + "/stream"))
                .header("Authorization", "Bearer " + driver).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring(5)));
                }
            }

            @Override
            public void onError(Throwable error) {
            }

            @Override
            public void onComplete() {
            }
        }));
    }

    private Answer call(String method, String path, String bearer, String json) {
        return call(method, path, bearer, json, Map.of());
    }

    private Answer call(String method, String path, String bearer, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** One webhook request as the integrator's endpoint saw it. */
    private record Delivered(Map<String, String> headers, String body, Instant at) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String type() {
            return json().get("type").asString();
        }

        Instant timestamp() {
            return Instant.ofEpochSecond(Long.parseLong(headers.get("busbar-timestamp")));
        }

        /** The README's recipe: Busbar-Signature is t=<unix seconds>,v1=hex(HMAC-SHA256(secret, t + "." + body)). */
        boolean signedWith(String secret) {
            String signature = headers.get("busbar-signature");
            if (signature == null || !signature.startsWith("t=") || !signature.contains(",v1=")) {
                return false;
            }
            String t = signature.substring(2, signature.indexOf(','));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
                return signature.equals("t=" + t + ",v1=" + v1) && t.equals(headers.get("busbar-timestamp"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The integrator's endpoint on loopback: records each request (body and headers) and answers 200. */
    private record Receiver(HttpServer server, List<Delivered> requests) implements AutoCloseable {
        static Receiver start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
                Receiver receiver = new Receiver(server, new CopyOnWriteArrayList<>());
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

        List<Delivered> received() {
            return List.copyOf(requests);
        }

        List<String> types() {
            return requests.stream().map(Delivered::type).toList();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
                requests.add(new Delivered(Map.copyOf(headers), body, Instant.now()));
                exchange.sendResponseHeaders(200, -1);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
