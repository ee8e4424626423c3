package io.busbar.payments;

import io.busbar.accounts.AccountId;
import io.busbar.api.ApiClient;
import io.busbar.billing.CdrId;
import io.busbar.billing.CdrIssued;
import io.busbar.billing.CreditNoteId;
import io.busbar.billing.CreditNoteIssued;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The ledger, wallets, post-paid receivables and the ad hoc terminal flow on a real PostgreSQL. */
@BusbarTest
class PaymentsTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String APPROVE = "4242424242424242";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Wallets wallets;
    @Autowired
    TerminalPayments terminal;

    @Test
    void topUpChargeAndRefundMoveTheWalletOnlyThroughBalancedAppendOnlyJournals() throws Exception {
        String account = account("PREPAID");
        HttpResponse<String> first = topUp(account, "20.00", APPROVE, "key-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = topUp(account, "20.00", APPROVE, "key-1");
        // The API replays the first answer (Idempotent-Replayed); the wallet's own key check stands behind it.
        assertThat(again.statusCode()).as("same Idempotency-Key: the first top-up, charged once").isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again).get("id").asString()).isEqualTo(json(first).get("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox_payments WHERE kind = 'CHARGE'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(wallet(account).get("cash").decimalValue()).isEqualByComparingTo("20.00");

        // the same session's CDR twice (a redelivery or a retried stop): one debit
        SessionId session = SessionId.random();
        publish(new CdrIssued(new CdrId(UUID.randomUUID()), session, AccountId.parse(account), null, eur("7.50"), Instant.now()));
        publish(new CdrIssued(new CdrId(UUID.randomUUID()), session, AccountId.parse(account), null, eur("7.50"), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> wallet(account).get("cash").decimalValue().compareTo(new BigDecimal("12.50")) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_journals WHERE kind = 'SESSION_CHARGE' AND reference = :s")
                .param("s", session.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(wallet(account).get("cash").decimalValue()).isEqualByComparingTo("12.50");

        publish(new CreditNoteIssued(new CreditNoteId(UUID.randomUUID()), new CdrId(UUID.randomUUID()),
                AccountId.parse(account), eur("2.50"), "meter fault", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> wallet(account).get("cash").decimalValue().compareTo(new BigDecimal("15.00")) == 0);

        JsonNode entries = api().get("/api/v1/accounts/" + account + "/wallet/entries").json().get("items");
        assertThat(entries.valueStream().map(e -> e.get("kind").asString())).containsExactly("TOP_UP", "SESSION_CHARGE", "REFUND");
        assertThat(entries.valueStream().map(e -> e.get("change").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("20", "-7.5", "2.5");
        assertThat(entries.valueStream().map(e -> e.get("reference").asString())).allMatch(r -> !r.isBlank());
        var page = api().get("/api/v1/accounts/" + account + "/wallet/entries?limit=2").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(api().get("/api/v1/accounts/" + account + "/wallet/entries?after=" + page.get("next").asString())
                .json().get("items")).hasSize(1);

        // the balance is the sum of the entries and every journal balances
        assertThat(jdbc.sql("SELECT -sum(amount) FROM ledger_entries WHERE ledger_account = :a")
                .param("a", "cash:" + account).query(BigDecimal.class).single()).isEqualByComparingTo("15.00");
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT journal_id FROM ledger_entries GROUP BY journal_id, currency "
                + "HAVING sum(amount) <> 0) unbalanced").query(Long.class).single()).isZero();

        // append-only, and balanced at commit, in the database itself
        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entries SET amount = amount * 2").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entries").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_journals").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            UUID journal = UUID.randomUUID();
            jdbc.sql("INSERT INTO ledger_journals (id, kind, reference, posted_at) VALUES (:id, 'TOP_UP', 'forged', now())")
                    .param("id", journal).update();
            jdbc.sql("INSERT INTO ledger_entries (journal_id, ledger_account, amount, currency) VALUES (:id, :a, -100, 'EUR')")
                    .param("id", journal).param("a", "cash:" + account).update();
            jdbc.sql("INSERT INTO ledger_entries (journal_id, ledger_account, amount, currency) VALUES (:id, 'revenue:EUR', 99, 'EUR')")
                    .param("id", journal).update();
        })).hasStackTraceContaining("does not balance");
        assertThat(wallet(account).get("cash").decimalValue()).isEqualByComparingTo("15.00");
    }

    @Test
    void declinedAndFailingCardsCreditNothing() throws Exception {
        String account = account("PREPAID");
        HttpResponse<String> declined = topUp(account, "10.00", "4000000000000002", null);
        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(json(declined).get("type").asString()).endsWith("/payment-declined");
        assertThat(topUp(account, "10.00", "4000000000000119", null).statusCode()).isEqualTo(502);
        assertThat(topUp(account, "10.001", APPROVE, null).statusCode()).as("more decimals than EUR").isEqualTo(400);
        assertThat(wallet(account).get("available").decimalValue()).isEqualByComparingTo("0");
        String postpaid = account("POSTPAID");
        assertThat(topUp(postpaid, "10.00", APPROVE, null).statusCode()).isEqualTo(409);
    }

    @Test
    void promotionalCreditIsSpentFirstEarliestExpiryFirstAndExpiresByTheJob() throws Exception {
        String account = account("PREPAID");
        AccountId id = AccountId.parse(account);
        assertThat(topUp(account, "10.00", APPROVE, null).statusCode()).isEqualTo(201);
        Instant now = Instant.now();
        String soon = promotion(account, "5.00", now.plus(Duration.ofHours(1)), "welcome");
        String later = promotion(account, "3.00", now.plus(Duration.ofDays(2)), "loyalty");
        assertThat(wallet(account).get("available").decimalValue()).isEqualByComparingTo("18.00");
        assertThat(wallet(account).get("promotional").get(0).get("promotionId").asString()).isEqualTo(soon);

        publish(new CdrIssued(new CdrId(UUID.randomUUID()), SessionId.random(), id, null, eur("6.00"), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> wallet(account).get("available").decimalValue().compareTo(new BigDecimal("12.00")) == 0);
        JsonNode wallet = wallet(account);
        assertThat(wallet.get("cash").decimalValue()).as("cash untouched").isEqualByComparingTo("10.00");
        assertThat(wallet.get("promotional")).hasSize(1);
        assertThat(wallet.get("promotional").get(0).get("promotionId").asString()).isEqualTo(later);
        assertThat(wallet.get("promotional").get(0).get("remaining").decimalValue()).isEqualByComparingTo("2.00");

        assertThat(wallets.expirePromotions(now.plus(Duration.ofDays(3)))).isEqualTo(1);
        assertThat(wallets.expirePromotions(now.plus(Duration.ofDays(3)))).as("once").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_journals WHERE kind = 'PROMO_EXPIRY' AND reference = :p")
                .param("p", later).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT -coalesce(sum(amount), 0) FROM ledger_entries WHERE ledger_account = :a")
                .param("a", "promo:" + later).query(BigDecimal.class).single()).isEqualByComparingTo("0");

        // more than the wallet holds (the guard should prevent it): the wallet goes to zero, the rest is owed
        publish(new CdrIssued(new CdrId(UUID.randomUUID()), SessionId.random(), id, null, eur("15.00"), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> wallet(account).get("receivable").decimalValue().compareTo(new BigDecimal("5.00")) == 0);
        assertThat(wallet(account).get("cash").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void postPaidSessionsAreReceivablesSettledByPaymentsRecordedOnce() {
        String account = account("POSTPAID");
        publish(new CdrIssued(new CdrId(UUID.randomUUID()), SessionId.random(), AccountId.parse(account), null,
                eur("12.34"), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> wallet(account).get("receivable").decimalValue().compareTo(new BigDecimal("12.34")) == 0);
        String body = """
                {"amount": 12.34, "reference": "INV-1/SEPA-1"}""";
        var paid = api().post("/api/v1/accounts/" + account + "/payments", body);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().at("/balance/receivable").decimalValue()).isEqualByComparingTo("0");
        var replay = api().post("/api/v1/accounts/" + account + "/payments", body);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("recorded").asBoolean()).isFalse();
        assertThat(wallet(account).get("receivable").decimalValue()).isEqualByComparingTo("0");
        assertThat(api().post("/api/v1/accounts/" + UUID.randomUUID() + "/payments", body).status()).isEqualTo(404);
    }

    @Test
    void adHocPaymentIsAuthorisedCapturedOnTheCdrAndTheRestReleased() {
        new SimulatedChargers(port).register("PAY-TERM-1");
        var declined = api().post("/api/v1/payments/authorizations", """
                {"chargerId": "PAY-TERM-1", "evseId": 1, "amount": 30.00, "paymentMethod": "4000000000000002"}""");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.contentType()).startsWith("application/problem+json");

        var authorized = api().post("/api/v1/payments/authorizations", """
                {"chargerId": "PAY-TERM-1", "evseId": 1, "amount": 30.00, "paymentMethod": "4242424242424242"}""");
        assertThat(authorized.status()).as(authorized.body()).isEqualTo(201);
        String id = authorized.json().get("id").asString();
        String token = authorized.json().get("idToken").asString();
        assertThat(authorized.json().get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(authorized.json().get("paymentMethod").asString()).isEqualTo("****4242");
        assertThat(api().get("/api/v1/id-tokens/" + token).status()).as("the charger will accept it").isEqualTo(200);

        SessionId session = SessionId.random();
        publish(new CdrIssued(new CdrId(UUID.randomUUID()), session, null, token, eur("12.40"), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api().get("/api/v1/payments/authorizations/" + id).json().get("status").asString().equals("CAPTURED"));
        JsonNode captured = api().get("/api/v1/payments/authorizations/" + id).json();
        assertThat(captured.get("captured").decimalValue()).isEqualByComparingTo("12.40");
        assertThat(captured.get("sessionId").asString()).isEqualTo(session.toString());
        assertThat(jdbc.sql("SELECT captured_amount FROM sandbox_payments WHERE status = 'CAPTURED'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("12.40");
        assertThat(jdbc.sql("SELECT -sum(amount) FROM ledger_entries e JOIN ledger_journals j ON j.id = e.journal_id "
                        + "WHERE j.kind = 'CAPTURE' AND j.reference = :s AND e.ledger_account = 'revenue:EUR'")
                .param("s", session.toString()).query(BigDecimal.class).single()).isEqualByComparingTo("12.40");
        assertThat(api().get("/api/v1/id-tokens/" + token).json().get("blocked").asBoolean()).as("one-off").isTrue();
        assertThat(api().delete("/api/v1/payments/authorizations/" + id).status()).isEqualTo(409);

        // a session that never started: released on request, or by the expiry job
        String unused = api().post("/api/v1/payments/authorizations", """
                {"chargerId": "PAY-TERM-1", "evseId": 1, "amount": 20.00, "paymentMethod": "4242424242424242"}""")
                .json().get("id").asString();
        assertThat(api().delete("/api/v1/payments/authorizations/" + unused).json().get("status").asString()).isEqualTo("RELEASED");
        assertThat(api().delete("/api/v1/payments/authorizations/" + unused).status()).as("idempotent").isEqualTo(200);
        String forgotten = api().post("/api/v1/payments/authorizations", """
                {"chargerId": "PAY-TERM-1", "evseId": 1, "amount": 20.00, "paymentMethod": "4242424242424242"}""")
                .json().get("id").asString();
        assertThat(terminal.releaseExpired(Instant.now())).isZero();
        assertThat(terminal.releaseExpired(Instant.now().plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(api().get("/api/v1/payments/authorizations/" + forgotten).json().get("status").asString()).isEqualTo("RELEASED");
        assertThat(api().post("/api/v1/payments/authorizations", """
                {"chargerId": "NO-SUCH", "evseId": 1, "amount": 20.00, "paymentMethod": "4242424242424242"}""").status())
                .isEqualTo(404);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    private ApiClient api() {
        return ApiClient.admin(port);
    }

    private String account(String kind) {
        var response = api().post("/api/v1/accounts", """
                {"name": "Payer", "kind": "%s", "currency": "EUR"}""".formatted(kind));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private JsonNode wallet(String account) {
        var response = api().get("/api/v1/accounts/" + account + "/wallet");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String promotion(String account, String amount, Instant expiresAt, String reason) {
        var response = api().post("/api/v1/accounts/" + account + "/wallet/promotions", """
                {"amount": %s, "expiresAt": "%s", "reason": "%s"}""".formatted(amount, expiresAt, reason));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("promotionId").asString();
    }

    private HttpResponse<String> topUp(String account, String amount, String card, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts/"
                        + account + "/wallet/top-ups"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"amount": %s, "paymentMethod": "%s"}""".formatted(amount, card)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }
}
