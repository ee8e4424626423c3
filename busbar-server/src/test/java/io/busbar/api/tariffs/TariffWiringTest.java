package io.busbar.api.tariffs;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.simulator.chargepoint.TransactionEvent.EventType;
import io.busbar.tariffs.ChargingState;
import io.busbar.tariffs.IdlePolicy;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.MeteredTimeline;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCalculator;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.tariffs.TariffRestrictions;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tariffs in the running server: storage and versions, OCPI, assignments, quotes and running cost over real sockets. */
@BusbarTest
class TariffWiringTest {
    private static final String SINCE_2020 = "2020-01-01T00:00:00Z";
    private static final TariffRestrictions ANY = TariffRestrictions.NONE;

    @LocalServerPort
    int port;
    ApiClient api;
    MutableClock chargerClock;
    SimulatedChargers chargers;

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
    void updatingATariffAddsAVersionAndKeepsTheOldOnes() {
        created(Tariff.of("versioned", "EUR", TariffElement.of(PriceComponent.energy("0.30"))));
        ApiClient.Response second = api.put("/api/v1/tariffs/versioned",
                TariffJson.write(Tariff.of("versioned", "EUR", TariffElement.of(PriceComponent.energy("0.35")))));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        JsonNode versions = api.get("/api/v1/tariffs/versioned/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).at("/tariff/elements/0/components/0/price").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(versions.get(1).at("/tariff/elements/0/components/0/price").decimalValue()).isEqualByComparingTo("0.35");
        assertThat(api.get("/api/v1/tariffs/versioned").json().get("version").asInt()).isEqualTo(2);

        assertThat(api.post("/api/v1/tariffs", TariffJson.write(Tariff.of("versioned", "EUR",
                TariffElement.of(PriceComponent.energy("0.30"))))).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/tariffs/nope").status()).isEqualTo(404);
    }

    @Test
    void anInvalidTariffIsAProblemNamingTheField() {
        ApiClient.Response response = api.post("/api/v1/tariffs", """
                {"id": "bad", "currency": "EUR", "elements": [{"components": [
                  {"dimension": "ENERGY", "price": -1, "stepSize": 1}]}]}""");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).startsWith("elements[0].components[0]");
        assertThat(response.json().get("detail").asString()).contains("price must be given and not negative");

        ApiClient.Response ocpi = api.post("/api/v1/tariffs?format=ocpi", """
                {"id": "bad-ocpi", "currency": "EUR", "elements": [{"price_components": [
                  {"type": "ENERGY", "price": 0.3, "step_size": 1}], "restrictions": {"start_time": "25:00"}}]}""");
        assertThat(ocpi.status()).as(ocpi.body()).isEqualTo(400);
        assertThat(ocpi.json().at("/errors/0/field").asString()).isEqualTo("start_time");
    }

    @Test
    void ocpiTariffsAreImportedAndExported() {
        String ocpi = """
                {"country_code": "DE", "party_id": "ALL", "id": "16", "currency": "EUR",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.25, "vat": 10.0, "step_size": 1}],
                   "restrictions": {"start_time": "07:00", "end_time": "17:00", "day_of_week": ["MONDAY", "TUESDAY"]}},
                  {"price_components": [{"type": "PARKING_TIME", "price": 5.00, "step_size": 300}]}],
                 "last_updated": "2018-12-17T17:15:01Z"}""";
        ApiClient.Response created = api.post("/api/v1/tariffs?format=ocpi", ocpi);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/tariff/elements/0/restrictions/startTime").asString()).isEqualTo("07:00:00");

        JsonNode exported = api.get("/api/v1/tariffs/16?format=ocpi&countryCode=DE&partyId=ALL").json();
        assertThat(exported.get("id").asString()).isEqualTo("16");
        assertThat(exported.get("country_code").asString()).isEqualTo("DE");
        assertThat(exported.at("/elements/0/restrictions/start_time").asString()).isEqualTo("07:00");
        assertThat(exported.at("/elements/0/restrictions/day_of_week")).hasSize(2);
        assertThat(exported.at("/elements/1/price_components/0/step_size").asInt()).isEqualTo(300);
        assertThat(exported.at("/elements/0/price_components/0/vat").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void theEvseAssignmentBeatsTheTokenGroupWhichBeatsTheSite() {
        String site = site("UTC");
        register("RESOLVE-1", site);
        created(Tariff.of("site-rate", "EUR", TariffElement.of(PriceComponent.energy("0.30"))));
        created(Tariff.of("fleet-rate", "EUR", TariffElement.of(PriceComponent.energy("0.25"))));
        created(Tariff.of("evse-rate", "EUR", TariffElement.of(PriceComponent.energy("0.40"))));
        assertThat(api.get("/api/v1/chargers/RESOLVE-1/evses/1/tariff").status()).isEqualTo(409);
        assertThat(api.get("/api/v1/chargers/NO-SUCH/evses/1/tariff").status()).isEqualTo(404);

        assign("site-rate", "SITE", site);
        assign("fleet-rate", "TOKEN_GROUP", "fleet");
        String evseAssignment = assign("evse-rate", "EVSE", "RESOLVE-1#2");
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"FLEETCARD01\", \"groupId\": \"fleet\"}").status()).isEqualTo(201);

        JsonNode evse1 = api.get("/api/v1/chargers/RESOLVE-1/evses/1/tariff").json();
        assertThat(evse1.get("tariffId").asString()).isEqualTo("site-rate");
        assertThat(evse1.get("scope").asString()).isEqualTo("SITE");
        assertThat(evse1.get("reason").asString()).contains("EVSE RESOLVE-1#1 has no tariff");
        assertThat(api.get("/api/v1/chargers/RESOLVE-1/evses/1/tariff?idToken=FLEETCARD01").json()
                .get("tariffId").asString()).isEqualTo("fleet-rate");
        assertThat(api.get("/api/v1/chargers/RESOLVE-1/evses/2/tariff?idToken=FLEETCARD01").json()
                .get("tariffId").asString()).isEqualTo("evse-rate");

        // closing keeps the history: the EVSE falls back to the group, and asking about the past still finds it
        Instant before = Instant.now();
        assertThat(api.post("/api/v1/tariff-assignments/" + evseAssignment + "/close", "{}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/chargers/RESOLVE-1/evses/2/tariff?idToken=FLEETCARD01").json()
                .get("tariffId").asString()).isEqualTo("fleet-rate");
        assertThat(api.get("/api/v1/chargers/RESOLVE-1/evses/2/tariff?at=" + before.minusSeconds(1)).json()
                .get("tariffId").asString()).isEqualTo("evse-rate");
        JsonNode history = api.get("/api/v1/tariff-assignments?target=RESOLVE-1%232").json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("validTo").isNull()).isFalse();
    }

    @Test
    void quotesOfTheFourWorkedExamples() {
        register("QUOTE-1", site("Europe/Amsterdam"));
        created(Tariff.of("office", "EUR",
                TariffElement.of(PriceComponent.energy("0.20").withVat("21")).when(ANY.between(LocalTime.of(7, 0), LocalTime.of(19, 0))
                        .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)),
                TariffElement.of(PriceComponent.energy("0.30").withVat("21"))));
        created(Tariff.of("retail", "EUR", TariffElement.of(PriceComponent.energy("0.39").withVat("19"),
                        PriceComponent.parking("6.00").withVat("19").withStep(60)))
                .withIdlePolicy(IdlePolicy.graceOf(Duration.ofMinutes(90))));
        created(Tariff.of("highway", "EUR",
                TariffElement.of(PriceComponent.flat("1.00")),
                TariffElement.of(PriceComponent.energy("0.69")).when(ANY.power(new BigDecimal("150"), null)),
                TariffElement.of(PriceComponent.energy("0.59")).when(ANY.power(new BigDecimal("50"), null)),
                TariffElement.of(PriceComponent.energy("0.49"))));
        created(Tariff.of("tou", "EUR",
                TariffElement.of(PriceComponent.energy("0.25")).when(ANY.between(LocalTime.of(7, 0), LocalTime.of(17, 0))),
                TariffElement.of(PriceComponent.energy("0.40")).when(ANY.between(LocalTime.of(17, 0), LocalTime.of(22, 0))),
                TariffElement.of(PriceComponent.energy("0.18")).when(ANY.between(LocalTime.of(22, 0), LocalTime.of(7, 0)))));
        assign("office", "EVSE", "QUOTE-1#1");
        assign("retail", "EVSE", "QUOTE-1#2");
        assign("highway", "EVSE", "QUOTE-1#3");
        assign("tou", "EVSE", "QUOTE-1#4");

        // office, Tuesday 08:00-12:00 local at 11 kW
        JsonNode office = quote("""
                {"chargerId": "QUOTE-1", "evseId": 1, "energyKwh": 44, "powerKw": 11, "at": "2025-03-04T07:00:00Z"}""");
        assertTotal(office, "8.80", "10.65");
        assertThat(office.get("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        // retail: 22 kWh in 1 h, then 2 h idle: 30 min beyond the 90 min grace
        JsonNode retail = quote("""
                {"chargerId": "QUOTE-1", "evseId": 2, "energyKwh": 22, "powerKw": 22, "idleMinutes": 120,
                 "at": "2025-03-04T09:00:00Z"}""");
        assertTotal(retail, "11.58", "13.78");
        assertThat(retail.get("sentences").get(1).asString())
                .isEqualTo("idle fee 0.10 EUR/min × 30 min after 90 min grace = 3.00 EUR + 19% VAT 0.57 EUR = 3.57 EUR");
        // highway: a quote draws one power, so the 150 kW band of the worked example: 1.00 + 25 kWh × 0.69
        assertTotal(quote("""
                {"chargerId": "QUOTE-1", "evseId": 3, "minutes": 10, "powerKw": 150, "at": "2025-03-04T09:00:00Z"}"""),
                "18.25", "18.25");
        // TOU: 16:30-17:30 local at 11 kW crosses the 17:00 boundary
        JsonNode tou = quote("""
                {"chargerId": "QUOTE-1", "evseId": 4, "minutes": 60, "powerKw": 11, "at": "2025-03-04T15:30:00Z"}""");
        assertTotal(tou, "3.58", "3.58");
        assertThat(tou.get("sentences")).hasSize(2);

        ApiClient.Response none = api.post("/api/v1/quotes", """
                {"chargerId": "QUOTE-1", "evseId": 9, "minutes": 60, "powerKw": 11}""");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("type").asString()).endsWith("/no-tariff-applies");
        assertThat(api.post("/api/v1/quotes", """
                {"chargerId": "NOPE", "evseId": 1, "minutes": 60, "powerKw": 11}""").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/quotes", """
                {"chargerId": "QUOTE-1", "evseId": 1, "powerKw": 11}""").status()).isEqualTo(400);
    }

    @Test
    void runningCostOfAn16SessionGrowsAndKeepsTheTariffItStartedWith() throws Exception {
        created(Tariff.of("cost16", "EUR", TariffElement.of(PriceComponent.flat("1.00"), PriceComponent.energy("0.30"))));
        assign("cost16", "EVSE", "COST-16#1");
        SimulatedChargePoint charger = chargers.booted("COST-16", OcppVersion.V16);
        Instant t0 = chargerClock.instant();
        int tx = charger.startTransaction(1, "COSTTAG1", 1_000).get(10, TimeUnit.SECONDS).transactionId();
        String session = sessionOf("COST-16");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/sessions/" + session + "/cost").status() == 200);

        // the tariff changes while the session runs: the session keeps version 1
        assertThat(api.put("/api/v1/tariffs/cost16", TariffJson.write(Tariff.of("cost16", "EUR",
                TariffElement.of(PriceComponent.flat("1.00"), PriceComponent.energy("0.50"))))).status()).isEqualTo(200);

        charger.meterValues(1, tx, List.of(reading(t0.plus(Duration.ofMinutes(10)), 3_000, 11_000, 3, 16)))
                .get(10, TimeUnit.SECONDS);
        JsonNode first = cost(session);
        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.get("tariffVersion").asInt()).isEqualTo(1);
        assertThat(first.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo("1.60");

        charger.meterValues(1, tx, List.of(reading(t0.plus(Duration.ofMinutes(20)), 4_000, 6_000, 3, 9)))
                .get(10, TimeUnit.SECONDS);
        JsonNode second = cost(session);
        assertThat(second.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo("1.90");

        chargerClock.advance(Duration.ofMinutes(30));
        charger.stopTransaction(tx, "COSTTAG1", 5_000, null).get(10, TimeUnit.SECONDS);
        JsonNode last = cost(session);
        assertThat(last.get("complete").asBoolean()).isTrue();
        Tariff v1 = Tariff.of("cost16", "EUR", TariffElement.of(PriceComponent.flat("1.00"), PriceComponent.energy("0.30")));
        MeteredTimeline stored = new MeteredTimeline(List.of(
                sample(t0, 1_000, 0, 0, ChargingState.CHARGING),
                sample(t0.plus(Duration.ofMinutes(10)), 3_000, 11_000, 48, ChargingState.CHARGING),
                sample(t0.plus(Duration.ofMinutes(20)), 4_000, 6_000, 27, ChargingState.CHARGING),
                sample(t0.plus(Duration.ofMinutes(30)), 5_000, 0, 0, ChargingState.IDLE)));
        assertThat(last.at("/breakdown/totalInclVat/amount").decimalValue())
                .isEqualByComparingTo(TariffCalculator.calculate(v1, stored, ZoneOffset.UTC).totalInclVat().amount())
                .isEqualByComparingTo("2.20");
        // a new session would pay version 2
        assertThat(api.get("/api/v1/chargers/COST-16/evses/1/tariff").json().get("tariffVersion").asInt()).isEqualTo(2);
    }

    @Test
    void runningCostOfA201SessionFollowsItsTransactionEvents() throws Exception {
        created(Tariff.of("cost201", "EUR", TariffElement.of(PriceComponent.energy("0.40"),
                PriceComponent.parking("6.00").withStep(60))));
        assign("cost201", "EVSE", "COST-201#1");
        SimulatedChargePoint charger = chargers.booted("COST-201", OcppVersion.V201);
        Instant t0 = chargerClock.instant();
        charger.transactionEvent(event(EventType.STARTED, t0, "Charging", 0, 7_000)).get(10, TimeUnit.SECONDS);
        String session = sessionOf("COST-201");
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(10)), "Charging", 1_000, 7_000))
                .get(10, TimeUnit.SECONDS);
        JsonNode first = cost(session);
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(20)), "Charging", 2_500, 7_000))
                .get(10, TimeUnit.SECONDS);
        JsonNode second = cost(session);
        assertThat(second.at("/breakdown/totalInclVat/amount").decimalValue())
                .isGreaterThan(first.at("/breakdown/totalInclVat/amount").decimalValue());

        // the EV stops drawing at 20 min; plugged in until 30 min
        charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(20)).plusSeconds(1), "SuspendedEV", 2_500, 0))
                .get(10, TimeUnit.SECONDS);
        charger.transactionEvent(event(EventType.ENDED, t0.plus(Duration.ofMinutes(30)).plusSeconds(1), "EVConnected", 2_500, 0))
                .get(10, TimeUnit.SECONDS);
        JsonNode last = cost(session);
        assertThat(last.get("complete").asBoolean()).isTrue();
        // 2.5 kWh × 0.40 = 1.00, then 10 min idle (no power) × 6.00/h = 1.00
        assertThat(last.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(last.at("/breakdown/lines")).hasSize(2);
    }

    private JsonNode quote(String body) {
        ApiClient.Response response = api.post("/api/v1/quotes", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertTotal(JsonNode quote, String exclVat, String inclVat) {
        assertThat(quote.at("/breakdown/totalExclVat/amount").decimalValue()).isEqualByComparingTo(exclVat);
        assertThat(quote.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo(inclVat);
        assertThat(quote.get("totalSentence").asString()).contains(inclVat + " EUR");
    }

    private JsonNode cost(String session) {
        ApiClient.Response response = api.get("/api/v1/sessions/" + session + "/cost");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String sessionOf(String charger) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").size() == 1);
        return api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").get(0).get("id").asString();
    }

    private void created(Tariff tariff) {
        ApiClient.Response response = api.post("/api/v1/tariffs", TariffJson.write(tariff));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("version").asInt()).isEqualTo(1);
    }

    private String assign(String tariff, String scope, String target) {
        ApiClient.Response response = api.post("/api/v1/tariff-assignments", """
                {"tariffId": "%s", "scope": "%s", "target": "%s", "validFrom": "%s"}""".formatted(tariff, scope, target, SINCE_2020));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String site(String zone) {
        ApiClient.Response response = api.post("/api/v1/sites", "{\"name\": \"Site " + zone + "\", \"timeZone\": \"" + zone + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void register(String identity, String siteId) {
        ApiClient.Response response = api.post("/api/v1/chargers", """
                {"identity": "%s", "password": "%s", "siteId": "%s"}""".formatted(identity, SimulatedChargers.PASSWORD, siteId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static MeterReading reading(Instant at, long energyWh, long powerW, int phases, double amps) {
        return new MeterReading(at, MeterReading.ReadingContext.SAMPLE_PERIODIC, energyWh, powerW, phases, amps, 230, null);
    }

    private static MeterSample sample(Instant at, long wh, long watts, long amps, ChargingState state) {
        return new MeterSample(at, BigDecimal.valueOf(wh), Power.ofWatts(watts), Current.ofAmps(amps), state);
    }

    private static TransactionEvent event(EventType type, Instant at, String chargingState, long energyWh, long powerW) {
        MeterReading reading = new MeterReading(at, type == EventType.STARTED ? MeterReading.ReadingContext.TRANSACTION_BEGIN
                : type == EventType.ENDED ? MeterReading.ReadingContext.TRANSACTION_END : MeterReading.ReadingContext.SAMPLE_PERIODIC,
                energyWh, powerW, 1, powerW / 230.0, 230, null);
        return new TransactionEvent(type, at, type == EventType.ENDED ? "EVDeparted" : "MeterValuePeriodic", "cost-tx-1",
                chargingState, type == EventType.ENDED ? "Local" : null, type == EventType.STARTED ? "COSTTAG2" : null,
                1, 1, null, false, List.of(reading));
    }
}
