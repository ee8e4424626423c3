package io.busbar.pricedisplay;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedCostDisplay;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.simulator.chargepoint.TransactionEvent.EventType;
import io.busbar.tariffs.IdlePolicy;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The price on the charger's screen over real sockets: OCPP 1.6 California pricing DataTransfers and OCPP 2.0.1
 * answer fields (I01-I03) and CostUpdated. Running costs are pushed on every reading here (interval 0).
 */
@BusbarTest
@TestPropertySource(properties = "busbar.price-display.running-cost-interval=0s")
class PriceDisplayTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    ApiClient api;
    MutableClock chargerClock;
    SimulatedChargers chargers;
    final List<SimulatedChargePoint> ownChargers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        chargerClock = new MutableClock(Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
        chargers = new SimulatedChargers(port, chargerClock);
    }

    @AfterEach
    void tearDown() {
        ownChargers.forEach(SimulatedChargePoint::close);
        chargers.close();
    }

    @Test
    void californiaPricing16_showsTariffRunningCostAndFinalCost() throws Exception {
        tariff(Tariff.of("display16", "EUR", TariffElement.of(PriceComponent.flat("1.00").withVat("19"),
                PriceComponent.energy("0.30").withVat("19"))), "DISP-16#1");
        SimulatedChargePoint charger = booted16("DISP-16", true);
        SimulatedCostDisplay screen = charger.costDisplay();
        token("DRIVER16");

        assertThat(charger.authorize("DRIVER16").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> screen.tariffText() != null);
        assertThat(screen.tariffText()).isEqualTo("0.30 EUR/kWh, session 1.00 EUR + 19% VAT");
        JsonNode setUserPrice = costMessage(charger, "SetUserPrice");
        assertThat(setUserPrice.get("idToken").asString()).isEqualTo("DRIVER16");

        Instant t0 = chargerClock.instant();
        int tx = charger.startTransaction(1, "DRIVER16", 1_000).get(10, TimeUnit.SECONDS).transactionId();
        String session = sessionOf("DISP-16");
        long[] registers = {3_000, 4_000, 5_500};
        for (int i = 0; i < registers.length; i++) {
            charger.meterValues(1, tx, List.of(reading(t0.plus(Duration.ofMinutes(10L * (i + 1))), registers[i], 11_000)))
                    .get(10, TimeUnit.SECONDS);
            BigDecimal expected = total(session);
            await().atMost(WAIT).until(() -> screen.runningCost() != null && screen.runningCost().compareTo(expected) == 0);
        }
        // (5.5 - 1.0) kWh × 0.30 + 1.00 = 2.35 + 19% VAT = 2.80
        assertThat(screen.runningCost()).isEqualByComparingTo("2.80");
        JsonNode runningCost = lastCostMessage(charger, "RunningCost");
        assertThat(runningCost.get("transactionId").asInt()).isEqualTo(tx);
        assertThat(runningCost.get("meterValue").asLong()).isEqualTo(5_500);
        assertThat(runningCost.get("state").asString()).isEqualTo("Charging");
        assertThat(runningCost.at("/chargingPrice/kWhPrice").decimalValue()).isEqualByComparingTo("0.357");
        assertThat(runningCost.at("/chargingPrice/flatFee").decimalValue()).isEqualByComparingTo("1.19");

        chargerClock.advance(Duration.ofMinutes(40));
        charger.stopTransaction(tx, "DRIVER16", 6_000, null).get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> screen.finalCost() != null);
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isTrue();
        assertThat(screen.finalCost()).isEqualByComparingTo(cost.at("/breakdown/totalInclVat/amount").decimalValue())
                .isEqualByComparingTo("2.98");
        assertThat(screen.finalCostText()).isEqualTo("Total 2.98 EUR incl. VAT, 5.00 kWh");
        assertThat(lastCostMessage(charger, "FinalCost").get("transactionId").asInt()).isEqualTo(tx);
        // one identification, one SetUserPrice: StartTransaction after Authorize does not repeat it
        assertThat(costMessages(charger, "SetUserPrice")).hasSize(1);
    }

    @Test
    void aChargerWithoutCaliforniaPricingGetsNoCostMessages() throws Exception {
        tariff(Tariff.of("display16-off", "EUR", TariffElement.of(PriceComponent.energy("0.30"))),
                "DISP-OFF#1", "DISP-UNKNOWN#1");
        SimulatedChargePoint declaresNo = booted16("DISP-OFF", false);
        SimulatedChargePoint neverSaid = chargers.booted("DISP-UNKNOWN", OcppVersion.V16);
        token("NOCOST01");
        for (SimulatedChargePoint charger : List.of(declaresNo, neverSaid)) {
            runSession16(charger, "NOCOST01");
        }
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() ->
                costMessagesSent(declaresNo) == 0 && costMessagesSent(neverSaid) == 0);
        assertThat(declaresNo.costDisplay().tariffText()).isNull();
        assertThat(neverSaid.costDisplay().runningCost()).isNull();
    }

    @Test
    void aChargerRefusingCostMessagesChangesNothingInTheSession() throws Exception {
        tariff(Tariff.of("display16-refused", "EUR", TariffElement.of(PriceComponent.energy("0.50"))), "DISP-REFUSE#1");
        SimulatedChargePoint charger = booted16("DISP-REFUSE", true);
        charger.costDisplay().answerWith("Rejected");
        token("REFUSED1");
        assertThat(charger.authorize("REFUSED1").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        int tx = charger.startTransaction(1, "REFUSED1", 0).get(10, TimeUnit.SECONDS).transactionId();
        charger.meterValues(1, tx, List.of(reading(chargerClock.instant().plus(Duration.ofMinutes(5)), 2_000, 11_000)))
                .get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> costMessagesSent(charger) >= 2); // SetUserPrice and RunningCost, both Rejected
        charger.costDisplay().answerWith("UnknownMessageId");
        chargerClock.advance(Duration.ofMinutes(10));
        JsonNode stopped = charger.stopTransaction(tx, "REFUSED1", 3_000, null).get(10, TimeUnit.SECONDS);
        assertThat(stopped.path("idTagInfo").path("status").asString()).isEqualTo("Accepted");
        await().atMost(WAIT).until(() -> costMessagesSent(charger) >= 3); // FinalCost, UnknownMessageId

        String session = sessionOf("DISP-REFUSE");
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isTrue();
        assertThat(cost.at("/breakdown/totalInclVat/amount").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(api.get("/api/v1/sessions/" + session).json().get("state").asString()).isEqualTo("ENDED");
        assertThat(charger.costDisplay().tariffText()).isNull();
        assertThat(charger.costDisplay().finalCost()).isNull();
    }

    @Test
    void I01_I02_I03_tariffTextRunningAndFinalCostInTheAnswers() throws Exception {
        tariff(Tariff.of("display201", "EUR", TariffElement.of(PriceComponent.energy("0.40"),
                        PriceComponent.parking("6.00").withStep(60)))
                .withIdlePolicy(IdlePolicy.graceOf(Duration.ofMinutes(30))), "DISP-201#1");
        SimulatedChargePoint charger = chargers.booted("DISP-201", OcppVersion.V201);
        SimulatedCostDisplay screen = charger.costDisplay();
        token("DRIVER201");

        // I01: the driver's tariff in AuthorizeResponse.idTokenInfo.personalMessage
        assertThat(charger.authorize("DRIVER201").get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        assertThat(screen.tariffText()).isEqualTo("0.40 EUR/kWh, idle 0.10 EUR/min after 30 min");

        Instant t0 = chargerClock.instant();
        JsonNode started = charger.transactionEvent(event(EventType.STARTED, t0, 0)).get(10, TimeUnit.SECONDS);
        assertThat(started.at("/idTokenInfo/personalMessage/content").asString())
                .isEqualTo("0.40 EUR/kWh, idle 0.10 EUR/min after 30 min");
        assertThat(started.has("totalCost")).isFalse();
        String session = sessionOf("DISP-201");

        // I02: the running cost answers each Updated
        for (int minutes = 10; minutes <= 30; minutes += 10) {
            charger.transactionEvent(event(EventType.UPDATED, t0.plus(Duration.ofMinutes(minutes)), minutes * 200L))
                    .get(10, TimeUnit.SECONDS);
            assertThat(screen.runningCost()).isEqualByComparingTo(total(session));
        }
        assertThat(screen.runningCost()).isEqualByComparingTo("2.40"); // 6 kWh × 0.40

        // I03: the final cost answers Ended
        JsonNode ended = charger.transactionEvent(event(EventType.ENDED, t0.plus(Duration.ofMinutes(40)), 6_500))
                .get(10, TimeUnit.SECONDS);
        JsonNode cost = api.get("/api/v1/sessions/" + session + "/cost").json();
        assertThat(cost.get("complete").asBoolean()).isTrue();
        assertThat(ended.get("totalCost").decimalValue())
                .isEqualByComparingTo(cost.at("/breakdown/totalInclVat/amount").decimalValue());
        assertThat(screen.finalCost()).isEqualByComparingTo("2.60");
    }

    @Test
    void I02_costUpdatedCarriesARunningCost() {
        SimulatedChargePoint charger = chargers.booted("DISP-201-CU", OcppVersion.V201);
        ApiClient.Response response = api.post("/api/v1/chargers/DISP-201-CU/commands", """
                {"command": "ShowRunningCost", "arguments": {"transactionId": "tx-cu-1", "at": "2025-03-04T09:00:00Z",
                 "meterWh": 5000, "cost": 2.35, "charging": true}}""");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ReceivedCall costUpdated = charger.receivedCalls().stream()
                .filter(call -> call.action().equals("CostUpdated")).findFirst().orElseThrow();
        assertThat(costUpdated.payload().get("totalCost").decimalValue()).isEqualByComparingTo("2.35");
        assertThat(costUpdated.payload().get("transactionId").asString()).isEqualTo("tx-cu-1");
        assertThat(charger.costDisplay().runningCost()).isEqualByComparingTo("2.35");

        charger.costDisplay().answerWith("Rejected");
        ApiClient.Response refused = api.post("/api/v1/chargers/DISP-201-CU/commands", """
                {"command": "ShowRunningCost", "arguments": {"transactionId": "tx-cu-1", "at": "2025-03-04T09:01:00Z",
                 "meterWh": 5100, "cost": 2.40, "charging": true}}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(charger.costDisplay().runningCost()).isEqualByComparingTo("2.35");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void runSession16(SimulatedChargePoint charger, String idTag) throws Exception {
        assertThat(charger.authorize(idTag).get(10, TimeUnit.SECONDS)).isEqualTo("Accepted");
        int tx = charger.startTransaction(1, idTag, 0).get(10, TimeUnit.SECONDS).transactionId();
        charger.meterValues(1, tx, List.of(reading(chargerClock.instant().plus(Duration.ofMinutes(5)), 1_000, 11_000)))
                .get(10, TimeUnit.SECONDS);
        charger.stopTransaction(tx, idTag, 2_000, null).get(10, TimeUnit.SECONDS);
    }

    private SimulatedChargePoint booted16(String identity, boolean californiaPricing) throws Exception {
        chargers.register(identity);
        SimulatedChargePoint charger = SimulatedChargePoint.builder(chargers.url(), identity, OcppVersion.V16)
                .password(SimulatedChargers.PASSWORD).clock(chargerClock).californiaPricing(californiaPricing).connect();
        ownChargers.add(charger);
        assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        // Busbar learns CustomDisplayCostAndPrice from the charger's inventory (GetConfiguration)
        ApiClient.Response refreshed = api.post("/api/v1/chargers/" + identity + "/inventory/refresh", "{}");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        return charger;
    }

    private void token(String value) {
        ApiClient.Response created = api.post("/api/v1/id-tokens", "{\"value\": \"" + value + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void tariff(Tariff tariff, String... evses) {
        ApiClient.Response created = api.post("/api/v1/tariffs", TariffJson.write(tariff));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (String evse : evses) {
            ApiClient.Response assigned = api.post("/api/v1/tariff-assignments", """
                    {"tariffId": "%s", "scope": "EVSE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                    .formatted(tariff.id().value(), evse));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        }
    }

    private BigDecimal total(String session) {
        ApiClient.Response cost = api.get("/api/v1/sessions/" + session + "/cost");
        assertThat(cost.status()).as(cost.body()).isEqualTo(200);
        return cost.json().at("/breakdown/totalInclVat/amount").decimalValue();
    }

    private String sessionOf(String charger) {
        await().atMost(WAIT).until(() -> api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").size() == 1);
        return api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").get(0).get("id").asString();
    }

    private static long costMessagesSent(SimulatedChargePoint charger) {
        return charger.receivedCalls().stream().filter(call -> call.action().equals("DataTransfer")
                && SimulatedCostDisplay.VENDOR_ID.equals(call.payload().path("vendorId").asString())).count();
    }

    private static List<JsonNode> costMessages(SimulatedChargePoint charger, String messageId) {
        return charger.receivedCalls().stream()
                .filter(call -> call.action().equals("DataTransfer")
                        && SimulatedCostDisplay.VENDOR_ID.equals(call.payload().path("vendorId").asString())
                        && messageId.equals(call.payload().path("messageId").asString()))
                .map(call -> JSON.readTree(call.payload().path("data").asString()))
                .toList();
    }

    private static JsonNode costMessage(SimulatedChargePoint charger, String messageId) {
        await().atMost(WAIT).until(() -> !costMessages(charger, messageId).isEmpty());
        return costMessages(charger, messageId).getFirst();
    }

    private static JsonNode lastCostMessage(SimulatedChargePoint charger, String messageId) {
        await().atMost(WAIT).until(() -> !costMessages(charger, messageId).isEmpty());
        return costMessages(charger, messageId).getLast();
    }

    private static MeterReading reading(Instant at, long energyWh, long powerW) {
        return new MeterReading(at, MeterReading.ReadingContext.SAMPLE_PERIODIC, energyWh, powerW, 3, powerW / 690.0, 230, null);
    }

    private static TransactionEvent event(EventType type, Instant at, long energyWh) {
        long power = type == EventType.ENDED ? 0 : 7_000;
        MeterReading reading = new MeterReading(at, type == EventType.STARTED ? MeterReading.ReadingContext.TRANSACTION_BEGIN
                : type == EventType.ENDED ? MeterReading.ReadingContext.TRANSACTION_END : MeterReading.ReadingContext.SAMPLE_PERIODIC,
                energyWh, power, 1, power / 230.0, 230, null);
        return new TransactionEvent(type, at, type == EventType.ENDED ? "EVDeparted" : "MeterValuePeriodic", "display-tx-1",
                type == EventType.ENDED ? "EVConnected" : "Charging", type == EventType.ENDED ? "Local" : null,
                type == EventType.STARTED ? "DRIVER201" : null, 1, 1, null, false, List.of(reading));
    }
}
