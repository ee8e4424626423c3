package io.busbar.billing;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionId;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** CDRs, credit notes, invoices and exports in the running server, from simulated sessions over real sockets. */
@BusbarTest
class BillingTest {
    private static final String SINCE_2020 = "2020-01-01T00:00:00Z";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IssuedCdrs issued;

    ApiClient api;
    MutableClock chargerClock;
    SimulatedChargers chargers;

    @TestConfiguration
    static class Listening {
        @Bean
        IssuedCdrs issuedCdrs() {
            return new IssuedCdrs();
        }
    }

    /** Every CdrIssued that was committed. */
    static class IssuedCdrs {
        final List<CdrIssued> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(CdrIssued event) {
            events.add(event);
        }

        List<CdrIssued> forSession(String session) {
            return events.stream().filter(e -> e.session().toString().equals(session)).toList();
        }
    }

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        chargerClock = new MutableClock(Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
        chargers = new SimulatedChargers(port, chargerClock);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void an16SessionGetsOneCdrEqualToItsFinalCostEvenWhenItsEndArrivesAgain() throws Exception {
        tariff("bill16", TariffElement.of(PriceComponent.flat("1.00").withVat("21"), PriceComponent.energy("0.30").withVat("21")));
        assign("bill16", "BILL-16#1");
        String account = postpaidAccount("Fleet 16 BV", "BILL16TAG");
        String session = session16("BILL-16", "BILL16TAG", 10_000);

        JsonNode cdr = cdrOf(session);
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isTrue();
        assertSameTotals(cdr, cost.get("breakdown"));
        // 1.00 flat + 10 kWh × 0.30 = 4.00 excl., 21% VAT per line: 0.21 + 0.63
        assertThat(cdr.at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo("4.84");
        assertThat(cdr.get("lines")).hasSize(2);
        assertThat(cdr.get("periods").size()).isPositive();
        assertThat(cdr.get("number").asString()).matches("CDR-\\d{4}-\\d{6}");
        assertThat(cdr.get("accountId").asString()).isEqualTo(account);
        assertThat(cdr.get("idToken").asString()).endsWith("6TAG").doesNotContain("BILL16");
        assertThat(cdr.get("tariffId").asString()).isEqualTo("bill16");
        assertThat(cdr.get("energyKwh").decimalValue()).isEqualByComparingTo("10");

        // the same end delivered again (a republished event): still one CDR and one CdrIssued
        SessionEnded again = new SessionEnded(SessionId.parse(session), new ChargerIdentity("BILL-16"), 1,
                Energy.ofWattHours(10_000), Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(10)).until(() -> completedCdrIssues(session) >= 2);
        assertThat(api.get("/api/v1/cdrs?sessionId=" + session).json().get("items")).hasSize(1);
        assertThat(issued.forSession(session)).hasSize(1);
        CdrIssued event = issued.forSession(session).getFirst();
        assertThat(event.account().toString()).isEqualTo(account);
        assertThat(event.idTokenValue()).isEqualTo("BILL16TAG");
        assertThat(event.total().amount()).isEqualByComparingTo("4.84");
    }

    @Test
    void a201SessionGetsOneCdrEqualToItsFinalCostEvenWhenTheChargerRetriesItsEnd() throws Exception {
        tariff("bill201", TariffElement.of(PriceComponent.energy("0.40").withVat("19"),
                PriceComponent.parking("6.00").withVat("19").withStep(60)));
        assign("bill201", "BILL-201#1");
        postpaidAccount("Driver 201", "BILL201TAG");
        SimulatedChargePoint charger = chargers.booted("BILL-201", OcppVersion.V201);
        Instant t0 = chargerClock.instant();
        charger.transactionEvent(event(EventType.STARTED, t0, "Charging", 0, 7_000, "bill-tx-1", "BILL201TAG")).get(10, TimeUnit.SECONDS);
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(20)), "Charging", 2_500, 7_000, "bill-tx-1", null))
                .get(10, TimeUnit.SECONDS);
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(20)).plusSeconds(1), "SuspendedEV", 2_500, 0, "bill-tx-1", null))
                .get(10, TimeUnit.SECONDS);
        TransactionEvent ended = event(EventType.ENDED, t0.plus(Duration.ofMinutes(30)).plusSeconds(1), "EVConnected", 2_500, 0, "bill-tx-1", null);
        charger.transactionEvent(ended).get(10, TimeUnit.SECONDS);
        charger.transactionEvent(ended).get(10, TimeUnit.SECONDS);
        String session = sessionOf("BILL-201");

        JsonNode cdr = cdrOf(session);
        assertSameTotals(cdr, api.get("/api/v1/sessions/" + session + "/cost").json().get("breakdown"));
        // 2.5 kWh × 0.40 = 1.00 + 19% = 1.19; 10 min idle × 6.00/h = 1.00 + 19% = 1.19
        assertThat(cdr.at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo("2.38");
        assertThat(cdr.get("lines")).hasSize(2);
        assertThat(cdr.at("/vatSplit/0/vatPercent").decimalValue()).isEqualByComparingTo("19");
        await().atMost(Duration.ofSeconds(10)).until(() -> issued.forSession(session).size() == 1);
        assertThat(api.get("/api/v1/cdrs?sessionId=" + session).json().get("items")).hasSize(1);
    }

    @Test
    void aSessionWithoutATariffGetsACdrAtZeroSayingSo() throws Exception {
        String session = session16("BILL-FREE", "FREETAG1", 3_000);
        JsonNode cdr = cdrOf(session);
        assertThat(cdr.at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(cdr.get("pricingNote").asString()).startsWith("no tariff");
        assertThat(cdr.has("tariffId")).isFalse();
        assertThat(cdr.get("energyKwh").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteIssuedDocuments() throws Exception {
        tariff("immutable", TariffElement.of(PriceComponent.flat("2.00")));
        assign("immutable", "BILL-IMM#1");
        String account = postpaidAccount("Immutable Ltd", "IMMTAG01");
        String cdr = cdrOf(session16("BILL-IMM", "IMMTAG01", 1_000)).get("id").asString();
        assertThat(api.post("/api/v1/cdrs/" + cdr + "/credit-notes", "{\"amount\": \"0.50\", \"reason\": \"test\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/invoices", invoiceRequest(account)).status()).isEqualTo(201);

        for (String sql : List.of("UPDATE cdrs SET total_incl_vat = 0, total_excl_vat = 0, total_vat = 0",
                "DELETE FROM cdrs", "UPDATE credit_notes SET amount = 100", "DELETE FROM credit_notes",
                "UPDATE invoices SET total_incl_vat = 0, total_excl_vat = 0, total_vat = 0", "DELETE FROM invoices",
                "DELETE FROM invoice_lines", "TRUNCATE cdrs CASCADE")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        }
        assertThat(jdbc.sql("SELECT total_incl_vat FROM cdrs WHERE id = :id").param("id", UUID.fromString(cdr))
                .query(BigDecimal.class).single()).isEqualByComparingTo("2.00");
        // and no credit note beyond the CDR's total, even in plain SQL
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO credit_notes (id, number, cdr_id, currency, amount, vat, vat_split, reason, issued_at)
                VALUES (gen_random_uuid(), 'CN-2026-999999', :cdr, 'EUR', 1.51, 0, '[]', 'too much', now())""")
                .param("cdr", UUID.fromString(cdr)).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("exceed");
    }

    @Test
    void creditNotesGiveBackPartOrAllOfACdrButNeverMore() throws Exception {
        tariff("credit", TariffElement.of(PriceComponent.flat("5.00").withVat("21")));
        assign("credit", "BILL-CN#1");
        String cdr = cdrOf(session16("BILL-CN", "CNTAG001", 1_000)).get("id").asString();
        String path = "/api/v1/cdrs/" + cdr + "/credit-notes";

        ApiClient.Response partial = api.post(path, "{\"amount\": \"1.50\", \"reason\": \"goodwill\"}");
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().get("number").asString()).matches("CN-\\d{4}-\\d{6}");
        assertThat(partial.json().at("/amount/amount").decimalValue()).isEqualByComparingTo("1.50");
        // 1.50 incl. 21% VAT: 0.26 VAT
        assertThat(partial.json().at("/vat/amount").decimalValue()).isEqualByComparingTo("0.26");

        ApiClient.Response tooMuch = api.post(path, "{\"amount\": \"4.56\", \"reason\": \"too much\"}");
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().get("detail").asString()).contains("4.55 EUR left");

        ApiClient.Response rest = api.post(path, "{\"reason\": \"session refunded\"}");
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().at("/amount/amount").decimalValue()).isEqualByComparingTo("4.55");
        // all credit notes together give back exactly the CDR's VAT (5.00 × 21% = 1.05)
        assertThat(rest.json().at("/vat/amount").decimalValue()).isEqualByComparingTo("0.79");

        assertThat(api.post(path, "{\"reason\": \"once more\"}").status()).isEqualTo(409);
        assertThat(api.post(path, "{\"amount\": \"0.001\", \"reason\": \"sub-cent\"}").status()).isEqualTo(400);
        assertThat(api.post(path, "{\"amount\": \"1.00\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/cdrs/" + UUID.randomUUID() + "/credit-notes", "{\"reason\": \"x\"}").status()).isEqualTo(404);
        JsonNode after = api.get("/api/v1/cdrs/" + cdr).json();
        assertThat(after.at("/credited/amount").decimalValue()).isEqualByComparingTo("6.05");
        assertThat(after.at("/creditable/amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get(path).json().get("items")).hasSize(2);
    }

    @Test
    void aPostpaidInvoiceHoldsTwoSessionsAndACreditNoteAndRendersAsPdf() throws Exception {
        tariff("invoiced", TariffElement.of(PriceComponent.energy("0.50").withVat("21")));
        assign("invoiced", "BILL-INV#1");
        String account = postpaidAccount("Invoice Fleet GmbH", "INVTAG01");
        assertThat(api.post("/api/v1/invoices", invoiceRequest(account)).status()).isEqualTo(409);
        JsonNode first = cdrOf(session16("BILL-INV", "INVTAG01", 4_000));
        chargerClock.advance(Duration.ofMinutes(5));
        JsonNode second = cdrOf(session16("BILL-INV", "INVTAG01", 6_000));
        assertThat(api.post("/api/v1/cdrs/" + first.get("id").asString() + "/credit-notes",
                "{\"amount\": \"0.42\", \"reason\": \"slow charging\"}").status()).isEqualTo(201);

        ApiClient.Response issued = api.post("/api/v1/invoices", invoiceRequest(account));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode invoice = issued.json();
        String number = invoice.get("number").asString();
        assertThat(number).matches("INV-\\d{4}-\\d{6}");
        // 4 kWh × 0.50 = 2.00 + 0.42 VAT = 2.42; 6 kWh = 3.00 + 0.63 = 3.63; minus the 0.42 credit
        BigDecimal expected = first.at("/totalInclVat/amount").decimalValue()
                .add(second.at("/totalInclVat/amount").decimalValue()).subtract(new BigDecimal("0.42"));
        assertThat(expected).isEqualByComparingTo("5.63");
        assertThat(invoice.at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo(expected);
        assertThat(invoice.at("/totalExclVat/amount").decimalValue().add(invoice.at("/totalVat/amount").decimalValue()))
                .isEqualByComparingTo(expected);
        assertThat(invoice.get("lines")).hasSize(3);
        assertThat(invoice.at("/lines/2/kind").asString()).isEqualTo("CREDIT_NOTE");
        assertThat(invoice.at("/lines/2/inclVat/amount").decimalValue()).isEqualByComparingTo("-0.42");
        assertThat(invoice.get("vatSummary")).hasSize(1);
        assertThat(invoice.at("/vatSummary/0/inclVat/amount").decimalValue()).isEqualByComparingTo(expected);

        // each CDR and credit note is invoiced once
        ApiClient.Response again = api.post("/api/v1/invoices", invoiceRequest(account));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/nothing-to-invoice");
        String id = invoice.get("id").asString();
        assertThat(api.get("/api/v1/invoices/" + id).json().get("number").asString()).isEqualTo(number);
        assertThat(api.get("/api/v1/invoices?accountId=" + account).json().get("items")).hasSize(1);

        // the ERP export: one row per line, the lines sum to the invoice total
        ApiClient.Response csv = api.get("/api/v1/invoices/export?format=csv&accountId=" + account + "&from="
                + Instant.now().minus(Duration.ofDays(2)) + "&to=" + Instant.now().plus(Duration.ofDays(1)));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows).hasSize(4);
        List<String> header = rows.getFirst();
        BigDecimal sum = BigDecimal.ZERO;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(header);
            assertThat(row.get(header.indexOf("invoice_number"))).isEqualTo(number);
            sum = sum.add(new BigDecimal(row.get(header.indexOf("incl_vat"))));
        }
        assertThat(rows.get(1).get(header.indexOf("text"))).isEqualTo("Charging at BILL-INV EVSE 1, 4.000 kWh");
        assertThat(sum).isEqualByComparingTo(expected);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/invoices/" + id + "/pdf"))
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number, "Invoice Fleet GmbH", "Havenstraat 1", "5.63 EUR", "-0.42 EUR",
                    first.get("number").asString(), "BILL-INV", "4.000 kWh");
        }
    }

    @Test
    void theCsvExportParsesBackToTheSameAmounts() throws Exception {
        tariff("export", TariffElement.of(PriceComponent.flat("0.99").withVat("21"), PriceComponent.energy("0.33").withVat("21")));
        assign("export", "BILL-CSV#1");
        String account = postpaidAccount("Export, \"Quoted\" & Co", "CSVTAG01");
        List<JsonNode> cdrs = new ArrayList<>();
        for (long wh : new long[]{1_234, 5_678}) {
            cdrs.add(cdrOf(session16("BILL-CSV", "CSVTAG01", wh)));
            chargerClock.advance(Duration.ofMinutes(5));
        }
        String range = "from=" + Instant.now().minus(Duration.ofDays(1)) + "&to=" + Instant.now().plus(Duration.ofDays(1))
                + "&accountId=" + account;
        ApiClient.Response csv = api.get("/api/v1/cdrs/export?format=csv&" + range);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows).hasSize(3);
        List<String> header = rows.getFirst();
        assertThat(header).contains("number", "total_incl_vat", "ended_at");
        for (int i = 0; i < 2; i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSameSizeAs(header);
            JsonNode cdr = cdrs.get(i);
            assertThat(row.get(header.indexOf("number"))).isEqualTo(cdr.get("number").asString());
            assertThat(new BigDecimal(row.get(header.indexOf("total_incl_vat")))).isEqualByComparingTo(cdr.at("/totalInclVat/amount").decimalValue());
            assertThat(new BigDecimal(row.get(header.indexOf("total_excl_vat")))).isEqualByComparingTo(cdr.at("/totalExclVat/amount").decimalValue());
            assertThat(new BigDecimal(row.get(header.indexOf("total_vat")))).isEqualByComparingTo(cdr.at("/totalVat/amount").decimalValue());
            assertThat(Instant.parse(row.get(header.indexOf("ended_at")))).isEqualTo(Instant.parse(cdr.get("endedAt").asString()));
        }
        JsonNode json = api.get("/api/v1/cdrs/export?format=json&" + range).json();
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).at("/totalInclVat/amount").decimalValue()).isEqualByComparingTo(cdrs.get(1).at("/totalInclVat/amount").decimalValue());
        assertThat(api.get("/api/v1/cdrs/export?format=xml&" + range).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/cdrs?accountId=" + account + "&limit=1").json().get("next").isNull()).isFalse();
    }

    // --- helpers ---

    /** RFC 4180, as an ERP reads it: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    /** A 1.6 session on EVSE 1 from meter 0 to {@code energyWh}, 30 minutes on the charger's clock. */
    private String session16(String identity, String token, long energyWh) throws Exception {
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V16);
        int before = api.get("/api/v1/sessions?chargerId=" + identity).json().get("items").size();
        int tx = charger.startTransaction(1, token, 0).get(10, TimeUnit.SECONDS).transactionId();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/sessions?chargerId=" + identity).json().get("items").size() == before + 1);
        String session = api.get("/api/v1/sessions?chargerId=" + identity).json().get("items").get(0).get("id").asString();
        charger.meterValues(1, tx, List.of(new MeterReading(chargerClock.instant().plus(Duration.ofMinutes(15)),
                MeterReading.ReadingContext.SAMPLE_PERIODIC, energyWh / 2, 7_000, 1, 30, 230, null))).get(10, TimeUnit.SECONDS);
        chargerClock.advance(Duration.ofMinutes(30));
        charger.stopTransaction(tx, token, energyWh, null).get(10, TimeUnit.SECONDS);
        // a charger that did not see the answer retries its stop (OCPP 1.6 §4.10): nothing changes
        charger.stopTransaction(tx, token, energyWh, null).get(10, TimeUnit.SECONDS);
        chargers.close();
        return session;
    }

    private JsonNode cdrOf(String session) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/v1/cdrs?sessionId=" + session).json().get("items").size() == 1);
        String id = api.get("/api/v1/cdrs?sessionId=" + session).json().at("/items/0/id").asString();
        ApiClient.Response cdr = api.get("/api/v1/cdrs/" + id);
        assertThat(cdr.status()).as(cdr.body()).isEqualTo(200);
        return cdr.json();
    }

    private static void assertSameTotals(JsonNode cdr, JsonNode breakdown) {
        for (String total : List.of("totalExclVat", "totalVat", "totalInclVat")) {
            assertThat(cdr.at("/" + total + "/amount").decimalValue()).as(total)
                    .isEqualTo(breakdown.at("/" + total + "/amount").decimalValue());
        }
        assertThat(cdr.get("lines")).hasSameSizeAs(breakdown.get("lines"));
        for (int i = 0; i < cdr.get("lines").size(); i++) {
            assertThat(cdr.at("/lines/" + i + "/inclVat/amount").decimalValue())
                    .isEqualTo(breakdown.at("/lines/" + i + "/inclVat/amount").decimalValue());
            assertThat(cdr.at("/lines/" + i + "/quantity").decimalValue())
                    .isEqualByComparingTo(breakdown.at("/lines/" + i + "/quantity").decimalValue());
        }
        assertThat(cdr.get("periods")).hasSameSizeAs(breakdown.get("periods"));
    }

    /** How many deliveries of the session's end the CDR issuer has completed (Modulith's publication registry). */
    private long completedCdrIssues(String session) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE listener_id LIKE '%CdrIssuer%'
                          AND serialized_event LIKE '%' || :session || '%' AND completion_date IS NOT NULL""")
                .param("session", session).query(Long.class).single();
    }

    private String invoiceRequest(String account) {
        return """
                {"accountId": "%s", "from": "%s", "to": "%s"}""".formatted(account,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    }

    private String postpaidAccount(String name, String token) {
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"" + token + "\"}").status()).isEqualTo(201);
        ApiClient.Response account = api.post("/api/v1/accounts", """
                {"name": "%s", "kind": "POSTPAID", "currency": "EUR", "billingAddress": "Havenstraat 1\\n1011 AA Amsterdam"}"""
                .formatted(name.replace("\"", "\\\"")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String id = account.json().get("id").asString();
        assertThat(api.put("/api/v1/accounts/" + id + "/tokens/" + token, "{}").status()).isEqualTo(204);
        return id;
    }

    private String sessionOf(String charger) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").size() == 1);
        return api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").get(0).get("id").asString();
    }

    private void tariff(String id, TariffElement... elements) {
        ApiClient.Response response = api.post("/api/v1/tariffs", TariffJson.write(Tariff.of(id, "EUR", elements)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private void assign(String tariff, String evse) {
        ApiClient.Response response = api.post("/api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "EVSE", "target": "%s", "validFrom": "%s"}""".formatted(tariff, evse, SINCE_2020));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static TransactionEvent event(EventType type, Instant at, String chargingState, long energyWh, long powerW,
                                          String transactionId, String token) {
        MeterReading reading = new MeterReading(at, type == EventType.STARTED ? MeterReading.ReadingContext.TRANSACTION_BEGIN
                : type == EventType.ENDED ? MeterReading.ReadingContext.TRANSACTION_END : MeterReading.ReadingContext.SAMPLE_PERIODIC,
                energyWh, powerW, 1, powerW / 230.0, 230, null);
        return new TransactionEvent(type, at, type == EventType.ENDED ? "EVDeparted" : "MeterValuePeriodic", transactionId,
                chargingState, type == EventType.ENDED ? "Local" : null, token, 1, 1, null, false, List.of(reading));
    }
}
