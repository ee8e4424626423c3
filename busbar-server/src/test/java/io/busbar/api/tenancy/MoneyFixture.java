package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.testing.SimulatedChargers;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drivers' money and tokens: an id token linked to a postpaid account, a tariff assigned to an EVSE of A's charger, a
 * price schedule, a real charging session over a socket (so a real CDR and invoice), a payment authorization at the
 * terminal, an alert rule and an alert it raised.
 */
final class MoneyFixture implements TenantFixture {
    static final String CHARGER = "A-CP-MONEY";
    static final String TOKEN = "A-TOK-MONEY-7";
    static final String TARIFF = "A-TARIFF-MONEY";
    static final String SCHEDULE = "A-SCHED-MONEY";

    @Override
    public void seed(CrossTenantSeed seed) {
        ApiClient a = seed.a;
        String site = seed.create("/api/v1/sites", """
                {"name": "A-money-site-hidden", "timeZone": "Europe/Amsterdam"}""", "id");
        seed.markers.add("A-money-site-hidden");
        seed.create("/api/v1/chargers", """
                {"identity": "%s", "siteId": "%s", "password": "%s"}""".formatted(CHARGER, site,
                SimulatedChargers.PASSWORD), "identity");
        seed.markers.add(CHARGER);

        seed.id("id-tokens/{value}", seed.create("/api/v1/id-tokens", """
                {"value": "%s", "label": "A-token-label-hidden"}""".formatted(TOKEN), "value"));
        seed.id("tokens/{idToken}", TOKEN);
        seed.markers.add("A-token-label-hidden");
        String account = seed.create("/api/v1/accounts", """
                {"name": "A-account-hidden", "kind": "POSTPAID", "currency": "EUR"}""", "id");
        seed.id("accounts/{id}", account);
        seed.markers.add("A-account-hidden");
        assertThat(a.put("/api/v1/accounts/" + account + "/tokens/" + TOKEN, null).status()).isEqualTo(204);

        seed.id("tariffs/{id}", seed.create("/api/v1/tariffs", TariffJson.write(Tariff.of(TARIFF, "EUR",
                TariffElement.of(PriceComponent.flat("1.00").withVat("21"), PriceComponent.energy("0.30")
                        .withVat("21")))), "id"));
        String assignment = seed.create("/api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "EVSE", "target": "%s#1", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(TARIFF, CHARGER), "id");
        seed.id("tariff-assignments/{id}", assignment);
        // GET /chargers/{identity}/evses/{evseId}/tariff is asked of the core fixture's charger: it gets A's tariff too
        String coreCharger = seed.ids.getOrDefault("chargers/{identity}", CHARGER);
        if (!coreCharger.equals(CHARGER)) {
            seed.create("/api/v1/tariff-assignments", """
                    {"tariffId": "%s", "scope": "EVSE", "target": "%s#1", "validFrom": "2020-01-01T00:00:00Z"}"""
                    .formatted(TARIFF, coreCharger), "id");
        }
        ApiClient.Response schedule = a.put("/api/v1/price-schedules/" + SCHEDULE, """
                {"entries": [{"from": "2026-01-01T00:00:00Z", "pricePerKwh": 0.21}]}""");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        seed.id("price-schedules/{id}", SCHEDULE);

        String cdr = chargedSession(seed);
        seed.id("cdrs/{id}", cdr);
        seed.id("invoices/{id}", seed.create("/api/v1/invoices", invoiceOf(account), "id"));
        seed.id("authorizations/{id}", seed.create("/api/v1/payments/authorizations", paymentAt(CHARGER), "id"));

        String rule = seed.create("/api/v1/alert-rules", """
                {"name": "A-rule-hidden", "levels": [{"afterSeconds": 0, "emails": ["noc@a.example.test"]}]}""", "id");
        seed.id("alert-rules/{id}", rule);
        seed.markers.add("A-rule-hidden");
        seed.id("alerts/{id}", alertOfRule(seed, rule));

        // Changes without a path variable: each names A's resources; B must be refused as if they did not exist.
        seed.request("POST /api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "TOKEN_GROUP", "target": "B-GROUP"}""".formatted(TARIFF));
        seed.request("POST /api/v1/quotes", """
                {"chargerId": "%s", "evseId": 1, "energyKwh": 10, "powerKw": 11}""".formatted(CHARGER));
        seed.request("POST /api/v1/invoices", invoiceOf(account));
        seed.request("POST /api/v1/payments/authorizations", paymentAt(CHARGER));
        seed.request("POST /api/v1/alert-rules", """
                {"name": "B on A's site", "siteId": "%s", "levels": [{"afterSeconds": 0, "emails": ["b@b.example.test"]}]}"""
                .formatted(site));
        // Ids are unique across tenants (see MoneyTenancyTest for what B learns from a duplicate: a conflict alone).
        seed.ownChange("POST /api/v1/id-tokens", "registers a token of the caller's tenant; another tenant's value is a "
                + "conflict that reveals nothing else");
        seed.ownChange("POST /api/v1/tariffs", "creates a tariff of the caller's tenant; another tenant's id is a "
                + "conflict that reveals nothing else");
        seed.ownChange("POST /api/v1/accounts", "opens an account of the caller's tenant; names nothing else");

        // Every export needs its period.
        String period = "?from=2020-01-01T00:00:00Z&to=2099-01-01T00:00:00Z";
        seed.request("GET /api/v1/cdrs/export", period);
        seed.request("GET /api/v1/invoices/export", period);
    }

    /** A charging session of A's token at A's charger, over a real socket; returns its CDR. */
    private static String chargedSession(CrossTenantSeed seed) {
        SimulatedChargePoint charger = SimulatedChargePoint.builder("ws://localhost:" + seed.port + "/ocpp", CHARGER,
                OcppVersion.V16).password(SimulatedChargers.PASSWORD).connect();
        try {
            assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
            charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
            assertThat(charger.authorize(TOKEN).get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
            int tx = charger.startTransaction(1, TOKEN, 0).get(10, TimeUnit.SECONDS).transactionId();
            charger.meterValues(1, tx, List.of(new MeterReading(Instant.now(),
                    MeterReading.ReadingContext.SAMPLE_PERIODIC, 2_000, 7_000, 1, 30, 230, null))).get(10, TimeUnit.SECONDS);
            charger.stopTransaction(tx, TOKEN, 4_000, null).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("A's session did not run", e);
        } finally {
            charger.close();
        }
        AtomicReference<String> cdr = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode item : seed.a.get("/api/v1/cdrs?limit=200").json().get("items")) {
                if (item.get("chargerId").asString().equals(CHARGER)) {
                    cdr.set(item.get("id").asString());
                }
            }
            return cdr.get() != null;
        });
        return cdr.get();
    }

    /** A fault at A's charger, as the faults module publishes it: A's rule raises an alert. */
    private static String alertOfRule(CrossTenantSeed seed, String rule) {
        new TransactionTemplate(seed.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> seed
                .context.publishEvent(new FaultOpened(new FaultId(UUID.randomUUID()),
                        new ChargerIdentity(CHARGER), 1, FaultType.CONNECTOR_ERROR, FaultSeverity.ERROR, "GroundFailure",
                        "A-fault-hidden", Instant.now())));
        seed.markers.add("A-fault-hidden");
        AtomicReference<String> alert = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode items = seed.a.get("/api/v1/alerts?chargerId=" + CHARGER).json().get("items");
            items.forEach(item -> {
                if (rule.equals(item.path("ruleId").asString())) {
                    alert.set(item.get("id").asString());
                }
            });
            return alert.get() != null;
        });
        return alert.get();
    }

    private static String invoiceOf(String account) {
        return """
                {"accountId": "%s", "from": "%s", "to": "%s"}""".formatted(account,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    }

    private static String paymentAt(String charger) {
        return """
                {"chargerId": "%s", "evseId": 1, "amount": 20.00, "currency": "EUR", "paymentMethod": "4242424242424242"}"""
                .formatted(charger);
    }
}
