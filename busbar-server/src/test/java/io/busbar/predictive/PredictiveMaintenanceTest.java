package io.busbar.predictive;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Predictive maintenance over real sockets: an OCPP 1.6 charger whose connector runs hotter per ampere from one
 * session to the next gets a rising risk, one FailurePredicted and the evidence in the API. Small windows (two
 * baseline and two recent sessions, no warm-up) keep it to a handful of sessions.
 */
@BusbarTest
@TestPropertySource(properties = {"busbar.predictive.baseline-sessions=2", "busbar.predictive.recent-sessions=2",
        "busbar.predictive.warm-up=0s"})
class PredictiveMaintenanceTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Predictions predictions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    MutableClock chargerClock;
    SimulatedChargers chargers;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        chargerClock = new MutableClock(Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        chargers = new SimulatedChargers(port, chargerClock);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void aConnectorRunningHotterPerAmpereRaisesTheRiskAndPredictsFailureOnce() throws Exception {
        SimulatedChargePoint charger = chargers.booted("PM-HOT-16", OcppVersion.V16);
        ApiClient.Response token = api.post("/api/v1/id-tokens", "{\"value\": \"PMDRIVER\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        String riskPath = "/api/v1/chargers/PM-HOT-16/evses/1/risk";

        // two sessions at 12 °C over ambient under 32 A: the EVSE's own baseline
        session(charger, 20, 12);
        session(charger, 22, 12);
        await().atMost(WAIT).until(() -> api.get(riskPath).json().get("assessedAt").isString());
        assertThat(api.get(riskPath).json().get("risk").asDouble()).isLessThan(0.1);

        // the contact degrades: 30 °C over ambient under the same current, then 31
        session(charger, 21, 30);
        session(charger, 19, 31);
        await().atMost(WAIT).until(() -> api.get(riskPath).json().get("risk").asDouble() >= 0.5);
        session(charger, 20, 32); // still hot: no second prediction for the same crossing

        await().atMost(WAIT).until(() -> predictions.count("PM-HOT-16") == 1
                && api.get(riskPath).json().get("assessedAt").asString().equals(chargerClock.instant().toString()));
        FailurePredicted predicted = predictions.of("PM-HOT-16").getFirst();
        assertThat(predicted.evseId()).isEqualTo(1);
        assertThat(predicted.risk()).isGreaterThanOrEqualTo(0.5);
        assertThat(predicted.evidence().getFirst()).startsWith("connector temperature rise over ambient at 32 A");

        JsonNode risk = api.get(riskPath).json();
        assertThat(risk.get("warning").asBoolean()).isTrue();
        assertThat(risk.get("since").asString()).isNotBlank();
        assertThat(risk.get("evidence").get(0).asString())
                .startsWith("connector temperature rise over ambient at 32 A went from 12.")
                .contains("median of the first 2 vs the last 2 sessions");
        JsonNode list = api.get("/api/v1/maintenance/risks?minRisk=0.5").json();
        assertThat(list.get("items")).anySatisfy(item -> {
            assertThat(item.get("chargerId").asString()).isEqualTo("PM-HOT-16");
            assertThat(item.get("evseId").asInt()).isEqualTo(1);
            assertThat(item.get("evidence").get(0).asString()).startsWith("connector temperature rise");
        });
    }

    @Test
    void faultsComingFastPredictFailureWithTheirCount() {
        chargers.register("PM-FAULTS");
        ChargerIdentity charger = new ChargerIdentity("PM-FAULTS");
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FaultId fault = new FaultId(UUID.randomUUID());
        for (int i = 0; i < 8; i++) {
            FaultOpened opened = new FaultOpened(i == 0 ? fault : new FaultId(UUID.randomUUID()), charger, 2,
                    FaultType.CONNECTOR_ERROR, FaultSeverity.ERROR, "HighTemperature", "connector fault", at.plusSeconds(i));
            transactions.executeWithoutResult(status -> events.publishEvent(opened));
        }
        // the first fault delivered again (listeners are retried): counted once
        transactions.executeWithoutResult(status -> events.publishEvent(new FaultOpened(fault, charger, 2,
                FaultType.CONNECTOR_ERROR, FaultSeverity.ERROR, "HighTemperature", "connector fault", at)));

        String riskPath = "/api/v1/chargers/PM-FAULTS/evses/2/risk";
        await().atMost(WAIT).until(() -> api.get(riskPath).json().path("evidence").path(0).asString("")
                .startsWith("8 faults"));
        // every delivery done, the redelivered one included: still 8
        await().atMost(WAIT).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%FaultOpened'")
                .query(Long.class).single() == 0);
        assertThat(predictions.count("PM-FAULTS")).isEqualTo(1);
        JsonNode risk = api.get(riskPath).json();
        assertThat(risk.get("risk").asDouble()).isGreaterThan(0.9);
        assertThat(risk.get("evidence").get(0).asString()).startsWith("8 faults or resets in the last PT168H");
    }

    @Test
    void sessionsEndedByTheEvseOn201PredictFailure() throws Exception {
        SimulatedChargePoint charger = chargers.booted("PM-STOPS-201", OcppVersion.V201);
        for (int i = 0; i < 4; i++) {
            chargerClock.advance(Duration.ofHours(2));
            String tx = "pm-tx-" + i;
            Instant start = chargerClock.instant();
            transactionEvent(charger, "Started", tx, 0, start, null, 231, 0);
            transactionEvent(charger, "Updated", tx, 1, start.plus(Duration.ofMinutes(10)), null, 229.4, 32);
            chargerClock.advance(Duration.ofMinutes(15));
            transactionEvent(charger, "Ended", tx, 2, chargerClock.instant(), "EmergencyStop", 231, 0);
        }

        await().atMost(WAIT).until(() -> predictions.count("PM-STOPS-201") == 1);
        JsonNode risk = api.get("/api/v1/chargers/PM-STOPS-201/evses/1/risk").json();
        assertThat(risk.get("warning").asBoolean()).isTrue();
        assertThat(risk.get("evidence").get(0).asString())
                .startsWith("4 of the last 4 sessions were ended by the EVSE or with a fault");
    }

    @Test
    void badQueriesAreClearProblems() {
        assertThat(api.get("/api/v1/maintenance/risks?minRisk=2").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/maintenance/risks?siteId=" + UUID.randomUUID()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/maintenance/risks?after=not-a-cursor").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/chargers/NO-SUCH-CHARGER/evses/1/risk").status()).isEqualTo(404);
        chargers.register("PM-QUIET");
        JsonNode quiet = api.get("/api/v1/chargers/PM-QUIET/evses/1/risk").json();
        assertThat(quiet.get("risk").asDouble()).isZero();
        assertThat(quiet.get("evidence")).isEmpty();
    }

    /**
     * One 30-minute session: a no-load sample at {@code ambient}, then six samples under 32 A with the connector
     * {@code rise} °C over ambient and the voltage 1.6 V under its no-load 231 V.
     */
    private void session(SimulatedChargePoint charger, double ambient, double rise) throws Exception {
        chargerClock.advance(Duration.ofHours(2));
        Instant start = chargerClock.instant();
        int tx = charger.startTransaction(1, "PMDRIVER", 0).get(10, TimeUnit.SECONDS).transactionId();
        for (int minute = 0; minute <= 30; minute += 5) {
            boolean loaded = minute > 0;
            meterValues(charger, tx, start.plus(Duration.ofMinutes(minute)), loaded ? ambient + rise : ambient,
                    loaded ? 32 : 0, loaded ? 229.4 : 231);
        }
        chargerClock.advance(Duration.ofMinutes(31));
        charger.stopTransaction(tx, "PMDRIVER", 16_000, null).get(10, TimeUnit.SECONDS);
    }

    private static void meterValues(SimulatedChargePoint charger, int tx, Instant at, double temperature,
                                    double current, double voltage) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("connectorId", 1).put("transactionId", tx);
        ObjectNode value = payload.putArray("meterValue").addObject().put("timestamp", at.toString());
        ArrayNode sampled = value.putArray("sampledValue");
        sampled.addObject().put("value", String.valueOf(temperature)).put("measurand", "Temperature")
                .put("location", "Outlet").put("unit", "Celsius");
        sampled.addObject().put("value", String.valueOf(current)).put("measurand", "Current.Import")
                .put("phase", "L1").put("unit", "A");
        sampled.addObject().put("value", String.valueOf(voltage)).put("measurand", "Voltage")
                .put("phase", "L1-N").put("unit", "V");
        charger.call("MeterValues", payload).get(10, TimeUnit.SECONDS);
    }

    /** A 2.0.1 TransactionEvent on EVSE 1 with the L1 voltage and current. */
    private static void transactionEvent(SimulatedChargePoint charger, String type, String tx, int seqNo, Instant at,
                                         String stoppedReason, double voltage, double current) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("eventType", type).put("timestamp", at.toString())
                .put("triggerReason", type.equals("Ended") ? "AbnormalCondition" : "MeterValuePeriodic")
                .put("seqNo", seqNo);
        ObjectNode info = payload.putObject("transactionInfo").put("transactionId", tx);
        if (stoppedReason != null) {
            info.put("stoppedReason", stoppedReason);
        }
        payload.putObject("evse").put("id", 1).put("connectorId", 1);
        ArrayNode sampled = payload.putArray("meterValue").addObject().put("timestamp", at.toString())
                .putArray("sampledValue");
        // 2.0.1 has no Temperature measurand (temperatures are device-model variables): current and voltage only
        sampled.addObject().put("value", voltage).put("measurand", "Voltage").put("phase", "L1-N")
                .putObject("unitOfMeasure").put("unit", "V");
        sampled.addObject().put("value", current).put("measurand", "Current.Import").put("phase", "L1")
                .putObject("unitOfMeasure").put("unit", "A");
        charger.call("TransactionEvent", payload).get(10, TimeUnit.SECONDS);
    }

    /** Every FailurePredicted the application publishes. */
    static class Predictions {
        private final List<FailurePredicted> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FailurePredicted event) {
            published.add(event);
        }

        List<FailurePredicted> of(String charger) {
            return published.stream().filter(event -> event.charger().value().equals(charger)).toList();
        }

        long count(String charger) {
            return of(charger).size();
        }
    }

    @TestConfiguration
    static class PredictionsConfiguration {
        @Bean
        Predictions predictions() {
            return new Predictions();
        }
    }
}
