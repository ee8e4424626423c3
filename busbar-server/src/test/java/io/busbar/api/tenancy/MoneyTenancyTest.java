package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceScheduleId;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a tenant's tokens, tariffs and alert rules do at other tenants' chargers: nothing. Two tenants, each with a
 * charger over a real socket.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoneyTenancyTest {
    private static final String CHARGER_A = "MT-A-CP";
    private static final String CHARGER_B = "MT-B-CP";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    ApiClient a;
    ApiClient b;
    String siteB;
    final List<SimulatedChargePoint> connected = new ArrayList<>();

    @BeforeAll
    void twoTenantsWithAChargerEach() {
        ApiClient platform = ApiClient.admin(port);
        a = ApiClient.withKey(port, adminKey(platform, "money-a"));
        b = ApiClient.withKey(port, adminKey(platform, "money-b"));
        register(a, CHARGER_A, null);
        siteB = b.post("/api/v1/sites", "{\"name\": \"B depot\", \"timeZone\": \"UTC\"}").json().get("id").asString();
        register(b, CHARGER_B, siteB);
    }

    @AfterAll
    void disconnect() {
        connected.forEach(SimulatedChargePoint::close);
    }

    @Test
    void aTokenOfAnotherTenantIsUnknownAtACharger_1_6_and_2_0_1() throws Exception {
        created(a.post("/api/v1/id-tokens", "{\"value\": \"MT-A-CARD-1\"}"));
        SimulatedChargePoint atA = booted(CHARGER_A, OcppVersion.V16);
        SimulatedChargePoint atB16 = booted(CHARGER_B, OcppVersion.V16);

        assertThat(atA.authorize("MT-A-CARD-1").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        assertThat(atB16.authorize("MT-A-CARD-1").get(10, TimeUnit.SECONDS)).isEqualTo("Invalid");
        assertThat(atB16.startTransaction(1, "MT-A-CARD-1", 0).get(10, TimeUnit.SECONDS).status()).isEqualTo("Invalid");
        atB16.close();

        String b201 = "MT-B-CP-201";
        register(b, b201, null);
        SimulatedChargePoint atB201 = booted(b201, OcppVersion.V201);
        assertThat(atB201.authorize("MT-A-CARD-1").get(10, TimeUnit.SECONDS)).isEqualTo("Unknown");
    }

    @Test
    void registeringAnotherTenantsTokenValueIsAPlainConflict() {
        created(a.post("/api/v1/id-tokens", "{\"value\": \"MT-A-CARD-2\", \"label\": \"A's own label\"}"));
        created(b.post("/api/v1/id-tokens", "{\"value\": \"MT-B-CARD-2\"}"));

        ApiClient.Response theirs = b.post("/api/v1/id-tokens", "{\"value\": \"MT-A-CARD-2\", \"label\": \"B's\"}");
        ApiClient.Response ours = b.post("/api/v1/id-tokens", "{\"value\": \"MT-B-CARD-2\", \"label\": \"B's\"}");

        assertThat(theirs.status()).isEqualTo(409);
        // both values end in the same 4 characters, the only ones a conflict shows: the answers are identical
        assertThat(ours.status()).isEqualTo(409);
        assertThat(theirs.json().get("detail").asString()).isEqualTo(ours.json().get("detail").asString());
        assertThat(b.get("/api/v1/id-tokens/MT-A-CARD-2").status()).isEqualTo(404);
        assertThat(a.get("/api/v1/id-tokens/MT-A-CARD-2").json().get("label").asString()).isEqualTo("A's own label");
        String account = b.post("/api/v1/accounts", """
                {"name": "B driver", "kind": "PREPAID", "currency": "EUR"}""").json().get("id").asString();
        assertThat(b.put("/api/v1/accounts/" + account + "/tokens/MT-A-CARD-2", null).status()).isEqualTo(404);
    }

    @Test
    void aTariffIsNeverAssignedToAnotherTenantsChargerOrSite_andAppliesOnlyAtItsTenantsChargers() {
        created(a.post("/api/v1/tariffs", TariffJson.write(Tariff.of("MT-A-FLEET", "EUR",
                TariffElement.of(PriceComponent.energy("0.50"))))));
        created(a.post("/api/v1/tariff-assignments", """
                {"tariffId": "MT-A-FLEET", "scope": "TOKEN_GROUP", "target": "MT-FLEET"}"""));
        created(b.post("/api/v1/id-tokens", "{\"value\": \"MT-B-FLEET-1\", \"groupId\": \"MT-FLEET\"}"));

        assertThat(a.post("/api/v1/tariff-assignments", """
                {"tariffId": "MT-A-FLEET", "scope": "EVSE", "target": "%s#1"}""".formatted(CHARGER_B)).status())
                .isEqualTo(404);
        assertThat(a.post("/api/v1/tariff-assignments", """
                {"tariffId": "MT-A-FLEET", "scope": "SITE", "target": "%s"}""".formatted(siteB)).status())
                .isEqualTo(404);
        assertThat(b.post("/api/v1/tariff-assignments", """
                {"tariffId": "MT-A-FLEET", "scope": "TOKEN_GROUP", "target": "MT-FLEET"}""").status()).isEqualTo(404);
        // B's token has the group A assigned its tariff to: at B's charger, A's assignment does not count.
        ApiClient.Response atB = b.get("/api/v1/chargers/" + CHARGER_B + "/evses/1/tariff?idToken=MT-B-FLEET-1");
        assertThat(atB.status()).as(atB.body()).isEqualTo(409);
        assertThat(atB.json().get("type").asString()).endsWith("/no-tariff-applies");
    }

    @Test
    void aTariffFollowingAnotherTenantsPriceScheduleNeverReadsItsPrices() {
        assertThat(a.put("/api/v1/price-schedules/MT-A-SPOT", """
                {"entries": [{"from": "2020-01-01T00:00:00Z", "pricePerKwh": 9.99}]}""").status()).isEqualTo(200);
        assertThat(b.get("/api/v1/price-schedules/MT-A-SPOT").status()).isEqualTo(404);
        assertThat(b.put("/api/v1/price-schedules/MT-A-SPOT", """
                {"entries": [{"from": "2020-01-01T00:00:00Z", "pricePerKwh": 0.01}]}""").status()).isEqualTo(404);
        created(b.post("/api/v1/tariffs", TariffJson.write(Tariff.of("MT-B-SPOT", "EUR", TariffElement.of(
                PriceComponent.energy("0.10").following(new PriceScheduleId("MT-A-SPOT"), false))))));
        created(b.post("/api/v1/tariff-assignments", """
                {"tariffId": "MT-B-SPOT", "scope": "EVSE", "target": "%s#2"}""".formatted(CHARGER_B)));

        ApiClient.Response quote = b.post("/api/v1/quotes", """
                {"chargerId": "%s", "evseId": 2, "energyKwh": 10, "powerKw": 11}""".formatted(CHARGER_B));

        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        // B's own fixed price, as for a schedule without entries: 10 kWh × 0.10
        assertThat(quote.json().get("totalSentence").asString()).startsWith("total 1.00 EUR");
        assertThat(quote.body()).doesNotContain("9.99");
    }

    @Test
    void anAlertRuleMatchesOnlyItsTenantsChargers_andOnlyItsTargetsHearOfThem() {
        String ruleA = created(a.post("/api/v1/alert-rules", """
                {"name": "A all faults", "levels": [{"afterSeconds": 0, "emails": ["noc@a.example.test"]}]}"""))
                .get("id").asString();
        String ruleB = created(b.post("/api/v1/alert-rules", """
                {"name": "B all faults", "levels": [{"afterSeconds": 0, "emails": ["noc@b.example.test"]}]}"""))
                .get("id").asString();

        FaultId fault = new FaultId(UUID.randomUUID());
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new FaultOpened(fault,
                new ChargerIdentity(CHARGER_B), 1, FaultType.CONNECTOR_ERROR, FaultSeverity.CRITICAL, "GroundFailure",
                "B's connector", Instant.now())));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM alerts WHERE fault_id = :fault AND rule_id = :rule")
                .param("fault", fault.value()).param("rule", UUID.fromString(ruleB)).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM alerts WHERE fault_id = :fault AND rule_id = :rule")
                .param("fault", fault.value()).param("rule", UUID.fromString(ruleA)).query(Long.class).single())
                .isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> !targetsOf(fault).isEmpty());
        assertThat(targetsOf(fault)).containsOnly("noc@b.example.test");
        assertThat(a.get("/api/v1/alerts").body()).doesNotContain(fault.value().toString()).doesNotContain("B's connector");
        assertThat(b.get("/api/v1/alerts").body()).contains(fault.value().toString());
    }

    @Test
    void aChargersLocalListHoldsOnlyItsTenantsTokens() throws Exception {
        created(a.post("/api/v1/id-tokens", "{\"value\": \"MT-A-LOCAL\"}"));
        created(b.post("/api/v1/id-tokens", "{\"value\": \"MT-B-LOCAL\"}"));
        String charger = "MT-B-LIST";
        register(b, charger, null);
        SimulatedChargePoint atB = booted(charger, OcppVersion.V16);

        ApiClient.Response enabled = b.put("/api/v1/chargers/" + charger + "/local-list", "{\"enabled\": true}");

        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(atB.localList().localList()).containsKey("MT-B-LOCAL").doesNotContainKey("MT-A-LOCAL");
        // a token of A changing later is not sent to B's charger either
        a.patch("/api/v1/id-tokens/MT-A-LOCAL", "{\"blocked\": true}");
        created(b.post("/api/v1/id-tokens", "{\"value\": \"MT-B-LATER\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> atB.localList().localList().containsKey("MT-B-LATER"));
        assertThat(atB.localList().localList()).doesNotContainKey("MT-A-LOCAL");
    }

    private List<String> targetsOf(FaultId fault) {
        return jdbc.sql("""
                        SELECT d.target FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
                         WHERE a.fault_id = :fault""")
                .param("fault", fault.value()).query(String.class).list();
    }

    private static String adminKey(ApiClient platform, String slug) {
        ApiClient.Response tenant = platform.post("/api/v1/tenants", """
                {"slug": "%s", "name": "%s"}""".formatted(slug, slug));
        assertThat(tenant.status()).as(tenant.body()).isEqualTo(201);
        return tenant.json().get("adminKey").get("key").asString();
    }

    private static void register(ApiClient tenant, String identity, String site) {
        created(tenant.post("/api/v1/chargers", """
                {"identity": "%s", "password": "%s"%s}""".formatted(identity, SimulatedChargers.PASSWORD,
                site == null ? "" : ", \"siteId\": \"" + site + "\"")));
    }

    private SimulatedChargePoint booted(String identity, OcppVersion version) throws Exception {
        SimulatedChargePoint charger = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", identity,
                version).password(SimulatedChargers.PASSWORD).connect();
        connected.add(charger);
        assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        return charger;
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
