package io.busbar.billing;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedCostDisplay;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.simulator.chargepoint.TransactionEvent.EventType;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5 end to end, over real sockets and PostgreSQL, for OCPP 1.6 and 2.0.1: a driver with a prepaid wallet gets
 * a quote, sees the tariff on the charger, charges 10 kWh while the running cost shows on the charger and in the API,
 * and after the stop (sent twice, as a charger retrying it would) there is exactly one CDR equal to the quote, one
 * wallet debit of that amount, and an invoice whose PDF shows it.
 */
@BusbarTest
@TestPropertySource(properties = "busbar.price-display.running-cost-interval=0s")
class DriverPaysEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final BigDecimal TOP_UP = new BigDecimal("50.00");
    /** 0.50 EUR session fee + 10 kWh × 0.39 EUR = 4.40 EUR + 19 % VAT 0.84 EUR = 5.24 EUR. */
    private static final BigDecimal EXPECTED_TOTAL = new BigDecimal("5.24");

    @LocalServerPort
    int port;
    ApiClient api;
    MutableClock chargerClock;
    SimulatedChargers chargers;
    final List<SimulatedChargePoint> ownChargers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        chargerClock = new MutableClock(Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS));
        chargers = new SimulatedChargers(port, chargerClock);
    }

    @AfterEach
    void tearDown() {
        ownChargers.forEach(SimulatedChargePoint::close);
        chargers.close();
    }

    @Test
    void ocpp16_quoteSessionRunningCostCdrInvoiceAndWalletDebit() throws Exception {
        String account = prepaidDriver("E2E-16-CARD", "Jane Sixteen");
        tariff("e2e-16", "E2E-16#1");
        chargers.register("E2E-16");
        SimulatedChargePoint charger = connect16("E2E-16");
        // Busbar learns from the charger's configuration that it shows prices (CustomDisplayCostAndPrice)
        var refreshed = api.post("/api/v1/chargers/E2E-16/inventory/refresh", "{}");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        BigDecimal quoted = quote("E2E-16");
        SimulatedCostDisplay screen = charger.costDisplay();

        assertThat(charger.authorize("E2E-16-CARD").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> screen.tariffText() != null);
        assertThat(screen.tariffText()).contains("0.39 EUR/kWh");

        Instant t0 = chargerClock.instant();
        int tx = charger.startTransaction(1, "E2E-16-CARD", 0).get(10, TimeUnit.SECONDS).transactionId();
        String session = sessionOf("E2E-16");
        charger.meterValues(1, tx, List.of(reading(t0.plus(Duration.ofMinutes(30)), 5_000, 10_000)))
                .get(10, TimeUnit.SECONDS);
        BigDecimal running = runningCost(session);
        assertThat(running).isEqualByComparingTo("2.92"); // (0.50 + 5 × 0.39) × 1.19 = 2.9155
        await().atMost(WAIT).until(() -> screen.runningCost() != null && screen.runningCost().compareTo(running) == 0);

        chargerClock.advance(Duration.ofMinutes(60));
        charger.stopTransaction(tx, "E2E-16-CARD", 10_000, null).get(10, TimeUnit.SECONDS);
        charger.stopTransaction(tx, "E2E-16-CARD", 10_000, null).get(10, TimeUnit.SECONDS); // a retried stop
        await().atMost(WAIT).until(() -> screen.finalCost() != null);
        assertThat(screen.finalCost()).isEqualByComparingTo(EXPECTED_TOTAL);

        paidOnce(account, session, quoted);
    }

    @Test
    void ocpp201_quoteSessionRunningCostCdrInvoiceAndWalletDebit() throws Exception {
        String account = prepaidDriver("E2E-201-CARD", "Jo Twoohone");
        tariff("e2e-201", "E2E-201#1");
        SimulatedChargePoint charger = chargers.booted("E2E-201", OcppVersion.V201);
        BigDecimal quoted = quote("E2E-201");
        SimulatedCostDisplay screen = charger.costDisplay();

        // OCPP 2.0.1 I01: the driver's tariff in the Authorize answer
        assertThat(charger.authorize("E2E-201-CARD").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        assertThat(screen.tariffText()).contains("0.39 EUR/kWh");

        Instant t0 = chargerClock.instant();
        charger.transactionEvent(event(EventType.STARTED, t0, 0)).get(10, TimeUnit.SECONDS);
        String session = sessionOf("E2E-201");
        // I02: the running cost answers the Updated event
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(30)), 5_000)).get(10, TimeUnit.SECONDS);
        BigDecimal running = runningCost(session);
        assertThat(running).isEqualByComparingTo("2.92");
        assertThat(screen.runningCost()).isEqualByComparingTo(running);

        // I03: the final cost answers Ended; the charger sends Ended again (no answer reached it, say)
        TransactionEvent ended = event(EventType.ENDED, t0.plus(Duration.ofMinutes(60)), 10_000);
        JsonNode answer = charger.transactionEvent(ended).get(10, TimeUnit.SECONDS);
        assertThat(answer.get("totalCost").decimalValue()).isEqualByComparingTo(EXPECTED_TOTAL);
        charger.transactionEvent(ended).get(10, TimeUnit.SECONDS);
        assertThat(screen.finalCost()).isEqualByComparingTo(EXPECTED_TOTAL);

        paidOnce(account, session, quoted);
    }

    /** One CDR equal to the quote and the final cost, one wallet debit of it, and an invoice PDF showing it. */
    private void paidOnce(String account, String session, BigDecimal quoted) throws Exception {
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isTrue();
        assertThat(cost.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo(EXPECTED_TOTAL);

        JsonNode cdrs = awaitJson(() -> api.get("/api/v1/cdrs?sessionId=" + session).json(),
                page -> page.get("items").size() == 1);
        JsonNode cdr = cdrs.get("items").get(0);
        assertThat(cdr.at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo(quoted)
                .isEqualByComparingTo(EXPECTED_TOTAL);
        assertThat(cdr.get("accountId").asString()).isEqualTo(account);
        assertThat(cdr.get("lines").size()).isEqualTo(2); // session fee and energy

        JsonNode wallet = awaitJson(() -> api.get("/api/v1/accounts/" + account + "/wallet").json(),
                balance -> balance.get("cash").decimalValue().compareTo(TOP_UP.subtract(EXPECTED_TOTAL)) == 0);
        assertThat(wallet.get("available").decimalValue()).isEqualByComparingTo("44.76");
        // settled once: a second look a moment later still shows a single session charge
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> sessionCharges(account) == 1);

        var invoice = api.post("/api/v1/invoices", """
                {"accountId": "%s", "from": "%s", "to": "%s"}""".formatted(account,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1))));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        assertThat(invoice.json().at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo(EXPECTED_TOTAL);
        String number = invoice.json().get("number").asString();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/invoices/" + invoice.json().get("id").asString() + "/pdf"))
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains(cdr.get("number").asString()).contains("5.24");
        }
    }

    private long sessionCharges(String account) {
        JsonNode entries = api.get("/api/v1/accounts/" + account + "/wallet/entries?limit=500").json().get("items");
        return entries.valueStream().filter(e -> "SESSION_CHARGE".equals(e.get("kind").asString()))
                .map(e -> e.get("journalId").asString()).distinct().count();
    }

    private String prepaidDriver(String card, String name) {
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"" + card + "\"}").status()).isEqualTo(201);
        var opened = api.post("/api/v1/accounts", """
                {"name": "%s", "kind": "PREPAID", "currency": "EUR"}""".formatted(name));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String account = opened.json().get("id").asString();
        assertThat(api.put("/api/v1/accounts/" + account + "/tokens/" + card, null).status()).isEqualTo(204);
        var topUp = api.post("/api/v1/accounts/" + account + "/wallet/top-ups", """
                {"amount": 50.00, "paymentMethod": "4242424242424242"}""");
        assertThat(topUp.status()).as(topUp.body()).isEqualTo(201);
        return account;
    }

    private void tariff(String id, String evse) {
        Tariff tariff = Tariff.of(id, "EUR", TariffElement.of(PriceComponent.flat("0.50").withVat("19"),
                PriceComponent.energy("0.39").withVat("19")));
        var created = api.post("/api/v1/tariffs", TariffJson.write(tariff));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var assigned = api.post("/api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "EVSE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(id, evse));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    }

    /** What 10 kWh will cost at the charger's EVSE 1 now, before the session: its total incl. VAT. */
    private BigDecimal quote(String charger) {
        var quote = api.post("/api/v1/quotes", """
                {"chargerId": "%s", "evseId": 1, "energyKwh": 10, "powerKw": 10}""".formatted(charger));
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        assertThat(quote.json().get("totalSentence").asString()).contains("5.24 EUR incl. VAT");
        return quote.json().at("/breakdown/totalInclVat/amount").decimalValue();
    }

    private BigDecimal runningCost(String session) {
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isFalse();
        return cost.at("/breakdown/totalInclVat/amount").decimalValue();
    }

    private SimulatedChargePoint connect16(String identity) throws Exception {
        SimulatedChargePoint charger = SimulatedChargePoint.builder(chargers.url(), identity, OcppVersion.V16)
                .password(SimulatedChargers.PASSWORD).clock(chargerClock).californiaPricing(true).connect();
        ownChargers.add(charger);
        assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        return charger;
    }

    private String sessionOf(String charger) {
        JsonNode page = awaitJson(() -> api.get("/api/v1/sessions?chargerId=" + charger).json(),
                p -> p.get("items").size() == 1);
        return page.get("items").get(0).get("id").asString();
    }

    private static JsonNode awaitJson(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(WAIT).until(() -> done.test(last[0] = read.get()));
        return last[0];
    }

    private static MeterReading reading(Instant at, long energyWh, long powerW) {
        return new MeterReading(at, MeterReading.ReadingContext.SAMPLE_PERIODIC, energyWh, powerW, 3, powerW / 690.0,
                230, null);
    }

    private static TransactionEvent event(EventType type, Instant at, long energyWh) {
        long power = type == EventType.ENDED ? 0 : 10_000;
        MeterReading reading = new MeterReading(at, switch (type) {
            case STARTED -> MeterReading.ReadingContext.TRANSACTION_BEGIN;
            case ENDED -> MeterReading.ReadingContext.TRANSACTION_END;
            default -> MeterReading.ReadingContext.SAMPLE_PERIODIC;
        }, energyWh, power, 3, power / 690.0, 230, null);
        return new TransactionEvent(type, at, type == EventType.ENDED ? "EVDeparted" : "MeterValuePeriodic", "e2e-tx-1",
                type == EventType.ENDED ? "EVConnected" : "Charging", type == EventType.ENDED ? "Local" : null,
                type == EventType.STARTED ? "E2E-201-CARD" : null, 1, 1, null, false, List.of(reading));
    }
}
