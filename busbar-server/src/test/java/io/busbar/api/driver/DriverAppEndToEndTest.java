package io.busbar.api.driver;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.Tenants;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7 driver flow over real sockets: a driver signs up, adds a card, starts a session from the app on a
 * simulated OCPP 1.6 charger (twice with one Idempotency-Key: one start), follows it live and on the SSE stream,
 * stops it and gets the receipt; a driver of another tenant can neither start there nor see the session.
 */
@BusbarTest
class DriverAppEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    DriverHttp http;
    ApiClient operator;
    SimulatedChargers chargers;

    @BeforeEach
    void setUp() {
        http = new DriverHttp(port);
        operator = ApiClient.admin(port);
        chargers = new SimulatedChargers(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void signUpAddACardStartFollowStopAndGetTheReceiptOnA16Charger() throws Exception {
        SimulatedChargePoint charger = chargers.booted("DRV-16", OcppVersion.V16);
        tariff("drv-tariff", "DRV-16#1");
        JsonNode signedUp = http.signUp("default", "jane-" + UUID.randomUUID() + "@example.com", "a long passphrase 1");
        String access = signedUp.at("/tokens/accessToken").asString();
        topUp(signedUp.at("/driver/accountId").asString());

        var card = http.post("/api/v1/driver/me/tokens", access, "{\"uid\": \"04A1B2C3D4E5F6\", \"label\": \"Blue\"}");
        assertThat(card.status()).as(card.body()).isEqualTo(201);
        assertThat(http.get("/api/v1/driver/me/tokens", access).json().get("items").valueStream()
                .map(t -> t.get("kind").asString())).containsExactly("APP", "CARD");

        String key = UUID.randomUUID().toString();
        var started = start(access, key, "DRV-16");
        var retried = start(access, key, "DRV-16");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("Accepted");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("remoteStartId").asInt()).isEqualTo(started.json().get("remoteStartId").asInt());
        assertThat(retried.json().get("replayed").asBoolean()).isTrue();
        assertThat(charger.receivedCalls().stream().filter(c -> c.action().equals("RemoteStartTransaction"))).hasSize(1);

        JsonNode session = await().atMost(WAIT).until(() -> latest(access),
                s -> s != null && "ACTIVE".equals(s.get("state").asString()));
        String id = session.get("id").asString();
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> stream = follow(access, id, events);
        await().atMost(WAIT).until(() -> !events.isEmpty());

        ChargingSession running = await().atMost(WAIT).until(() -> charger.runningSessions().on(1).orElse(null),
                java.util.Objects::nonNull);
        running.advance(Duration.ofMinutes(30));
        JsonNode live = await().atMost(WAIT).until(() -> http.get("/api/v1/driver/me/sessions/" + id, access).json(),
                l -> l.path("energyWh").asLong() > 0);
        assertThat(live.get("powerW").asLong()).isPositive();
        assertThat(live.at("/cost/currency").asString()).isEqualTo("EUR");
        assertThat(live.at("/cost/amount").decimalValue()).isPositive();
        assertThat(live.get("costFinal").asBoolean()).isFalse();
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e.path("energyWh").asLong() > 0));

        var stopped = http.post("/api/v1/driver/me/sessions/" + id + "/stop", access, null);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("status").asString()).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> "ENDED".equals(e.path("state").asString())));
        assertThat(stream.get().statusCode()).isEqualTo(200); // the stream closed once the session ended

        JsonNode receipt = await().atMost(WAIT).until(
                () -> http.get("/api/v1/driver/me/sessions/" + id + "/receipt", access),
                r -> r.status() == 200).json();
        JsonNode finalView = http.get("/api/v1/driver/me/sessions/" + id, access).json();
        assertThat(finalView.get("costFinal").asBoolean()).isTrue();
        assertThat(receipt.at("/totalInclVat/amount").decimalValue())
                .isEqualByComparingTo(finalView.at("/cost/amount").decimalValue());
        assertThat(receipt.get("lines").size()).isEqualTo(2);
        assertThat(receipt.at("/vat/0/vatPercent").decimalValue()).isEqualByComparingTo("19");
        await().atMost(WAIT).until(() -> http.get("/api/v1/driver/me/wallet", access).json().get("cash").decimalValue()
                .compareTo(new java.math.BigDecimal("50.00").subtract(receipt.at("/totalInclVat/amount").decimalValue())) == 0);
        assertThat(http.post("/api/v1/driver/me/sessions/" + id + "/stop", access, null).status()).isEqualTo(409);

        // another tenant's driver: not the charger, not the session
        Tenant other = tenants.create("other-" + UUID.randomUUID().toString().substring(0, 8), "Other", Brand.NONE);
        String outsider = http.signUp(other.slug(), "eve-" + UUID.randomUUID() + "@example.com", "a long passphrase 2")
                .at("/tokens/accessToken").asString();
        var foreignStart = start(outsider, UUID.randomUUID().toString(), "DRV-16");
        assertThat(foreignStart.status()).isEqualTo(404);
        assertThat(foreignStart.body()).isEqualTo(start(outsider, UUID.randomUUID().toString(), "NO-SUCH-CHARGER").body()
                .replace("NO-SUCH-CHARGER", "DRV-16"));
        assertThat(http.get("/api/v1/driver/me/sessions/" + id, outsider).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/driver/me/sessions/" + id + "/receipt", outsider).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/driver/me/sessions/" + id + "/stop", outsider, null).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/driver/me/sessions", outsider).json().get("items")).isEmpty();
        assertThat(charger.receivedCalls().stream().filter(c -> c.action().equals("RemoteStartTransaction"))).hasSize(1);
    }

    @Test
    void aStartWithoutIdempotencyKeyOrWithAKeyReusedElsewhereIsRefused() {
        chargers.booted("DRV-KEY", OcppVersion.V16);
        String access = http.signUp("default", "kim-" + UUID.randomUUID() + "@example.com", "a long passphrase 3")
                .at("/tokens/accessToken").asString();

        var noKey = http.post("/api/v1/driver/me/sessions", access, "{\"chargerId\": \"DRV-KEY\", \"evseId\": 1}");
        String key = UUID.randomUUID().toString();
        var first = start(access, key, "DRV-KEY");
        var elsewhere = http.send("POST", "/api/v1/driver/me/sessions", access,
                "{\"chargerId\": \"DRV-KEY\", \"evseId\": 2}", Map.of("Idempotency-Key", key));

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(first.status()).isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(409);
    }

    private DriverHttp.Answer start(String access, String key, String charger) {
        return http.send("POST", "/api/v1/driver/me/sessions", access,
                "{\"chargerId\": \"" + charger + "\", \"evseId\": 1}", Map.of("Idempotency-Key", key));
    }

    private JsonNode latest(String access) {
        JsonNode items = http.get("/api/v1/driver/me/sessions", access).json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** Reads the SSE stream in the background; each {@code data:} line is one event. Ends when the server closes. */
    private CompletableFuture<HttpResponse<Void>> follow(String access, String id, List<JsonNode> events) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/driver/me/sessions/" + id + "/stream"))
                .header("Authorization", "Bearer " + access).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build();
        return DriverHttp.HTTP.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
                new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            events.add(JSON.readTree(line.substring(5)));
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
    }

    private void topUp(String account) {
        var topUp = operator.post("/api/v1/accounts/" + account + "/wallet/top-ups", """
                {"amount": 50.00, "paymentMethod": "4242424242424242"}""");
        assertThat(topUp.status()).as(topUp.body()).isEqualTo(201);
    }

    private void tariff(String id, String evse) {
        Tariff tariff = Tariff.of(id, "EUR", TariffElement.of(PriceComponent.flat("0.50").withVat("19"),
                PriceComponent.energy("0.39").withVat("19")));
        var created = operator.post("/api/v1/tariffs", TariffJson.write(tariff));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var assigned = operator.post("/api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "EVSE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(id, evse));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    }
}
