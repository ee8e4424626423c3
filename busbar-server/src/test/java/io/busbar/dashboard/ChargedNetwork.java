package io.busbar.dashboard;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.StopReason;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real money data for console tests, made through the API and simulated chargers over real sockets: a site with a
 * priced tariff (0.50 EUR session fee + 0.39 EUR/kWh, 19 % VAT), a prepaid driver whose card charged an hour on
 * {@link #PRICED} (three hours ago, by the charger's clock), so there is a CDR, a wallet debit and an invoice; and a
 * session still running on {@link #LIVE}.
 */
final class ChargedNetwork implements AutoCloseable {
    static final String SITE = "Console depot";
    static final String PRICED = "MONEY-PRICED";
    static final String LIVE = "MONEY-LIVE";
    static final String CARD = "CONSOLE-CARD-1";
    static final String LIVE_CARD = "CONSOLE-CARD-2";
    static final String PAYMENT_CARD = "4242424242424242";
    private static final Duration WAIT = Duration.ofSeconds(20);

    final ApiClient api;
    private final MutableClock pastClock = new MutableClock(Instant.now().minus(Duration.ofHours(3))
            .truncatedTo(ChronoUnit.SECONDS));
    private final SimulatedChargers past;
    private final SimulatedChargers present;
    String siteId;
    String account;
    String endedSession;
    JsonNode cdr;
    JsonNode invoice;
    String liveSessionId;
    ChargingSession liveSession;

    ChargedNetwork(int port) {
        this.api = ApiClient.admin(port);
        this.past = new SimulatedChargers(port, pastClock);
        this.present = new SimulatedChargers(port);
    }

    /** The site and its two chargers, registered and connected. */
    ChargedNetwork site() {
        siteId = created(api.post("/api/v1/sites", """
                {"name": "%s", "timeZone": "UTC"}""".formatted(SITE))).get("id").asString();
        for (String charger : new String[] {PRICED, LIVE}) {
            created(api.post("/api/v1/chargers", """
                    {"identity": "%s", "password": "%s", "siteId": "%s"}""".formatted(charger,
                    SimulatedChargers.PASSWORD, siteId)));
        }
        return this;
    }

    /** The priced, ended session with its CDR, debit and invoice; then the live session. */
    ChargedNetwork sessions() {
        created(api.post("/api/v1/tariffs", """
                {"id": "console-retail", "currency": "EUR", "elements": [{"components": [
                  {"dimension": "FLAT", "price": 0.50, "vatPercent": 19, "stepSize": 1},
                  {"dimension": "ENERGY", "price": 0.39, "vatPercent": 19, "stepSize": 1}]}]}"""));
        created(api.post("/api/v1/tariff-assignments", """
                {"tariffId": "console-retail", "scope": "SITE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(siteId)));
        created(api.post("/api/v1/id-tokens", "{\"value\": \"" + CARD + "\"}"));
        created(api.post("/api/v1/id-tokens", "{\"value\": \"" + LIVE_CARD + "\"}"));
        account = created(api.post("/api/v1/accounts", """
                {"name": "Console Driver", "email": "driver@console.test", "kind": "PREPAID", "currency": "EUR"}"""))
                .get("id").asString();
        assertThat(api.put("/api/v1/accounts/" + account + "/tokens/" + CARD, null).status()).isEqualTo(204);
        created(api.post("/api/v1/accounts/" + account + "/wallet/top-ups", """
                {"amount": 50.00, "paymentMethod": "%s"}""".formatted(PAYMENT_CARD)));

        ChargingSession priced = past.booted(PRICED, OcppVersion.V16)
                .plugIn(1, new SimulatedEv(60_000, 20, 11_000, 3)).authorize(CARD).start();
        for (int quarter = 0; quarter < 4; quarter++) {
            pastClock.advance(Duration.ofMinutes(15));
            priced.advance(Duration.ofMinutes(15));
        }
        pastClock.advance(Duration.ofMinutes(1));
        priced.stop(StopReason.LOCAL);
        endedSession = awaitJson(() -> api.get("/api/v1/sessions?chargerId=" + PRICED).json(),
                page -> page.get("items").size() == 1 && "ENDED".equals(page.at("/items/0/state").asString()))
                .at("/items/0/id").asString();
        cdr = awaitJson(() -> api.get("/api/v1/cdrs?sessionId=" + endedSession).json(),
                page -> page.get("items").size() == 1).get("items").get(0);
        awaitJson(() -> api.get("/api/v1/accounts/" + account + "/wallet/entries?limit=500").json(),
                entries -> entries.get("items").valueStream().anyMatch(e -> "SESSION_CHARGE".equals(e.get("kind").asString())));
        invoice = created(api.post("/api/v1/invoices", """
                {"accountId": "%s", "from": "%s", "to": "%s"}""".formatted(account,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)))));

        liveSession = present.booted(LIVE, OcppVersion.V201)
                .plugIn(1, new SimulatedEv(60_000, 30, 11_000, 3)).authorize(LIVE_CARD).start();
        liveSession.advance(Duration.ofMinutes(1));
        liveSessionId = awaitJson(() -> api.get("/api/v1/sessions?chargerId=" + LIVE).json(),
                page -> page.get("items").size() == 1).at("/items/0/id").asString();
        return this;
    }

    JsonNode session(String id) {
        return api.get("/api/v1/sessions/" + id).json();
    }

    JsonNode wallet() {
        return api.get("/api/v1/accounts/" + account + "/wallet").json();
    }

    static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    static JsonNode awaitJson(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(WAIT).until(() -> done.test(last[0] = read.get()));
        return last[0];
    }

    @Override
    public void close() {
        past.close();
        present.close();
    }
}
