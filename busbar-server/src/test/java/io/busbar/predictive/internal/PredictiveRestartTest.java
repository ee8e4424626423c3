package io.busbar.predictive.internal;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.predictive.EvseRisk;
import io.busbar.predictive.FailurePredicted;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import io.busbar.predictive.method.Assessment;
import io.busbar.predictive.method.Measurement;
import io.busbar.predictive.method.Measurement.Quantity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an EVSE learned survives a restart (a fresh tracker reading evse_health, as a new process would at start-up),
 * and an operator's reset after a repair clears it so the EVSE learns a new baseline and can warn again. Over real
 * sockets with an OCPP 1.6 charger; two baseline and two recent sessions, no warm-up.
 */
@BusbarTest
@TestPropertySource(properties = {"busbar.predictive.baseline-sessions=2", "busbar.predictive.recent-sessions=2",
        "busbar.predictive.warm-up=0s"})
class PredictiveRestartTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Predictions predictions;
    @Autowired
    PredictiveProperties properties;
    @Autowired
    HealthStates states;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    EvseHealthTracker liveTracker;
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
        api.post("/api/v1/id-tokens", "{\"value\": \"PRDRIVER\"}");
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void aDegradingEvseKeepsItsWarningAndBaselineAcrossARestart() throws Exception {
        SimulatedChargePoint charger = chargers.booted("PR-HOT", OcppVersion.V16);
        EvseKey evse = new EvseKey(new ChargerIdentity("PR-HOT"), 1);
        degrade(charger, "PR-HOT", 12, 30);
        EvseRisk warned = assessments.find(evse.charger(), 1).orElseThrow();
        Assessment before = liveTracker.with(evse, health -> health.assess(health.lastEvent()));
        assertThat(jdbc.sql("SELECT count(*) FROM evse_health WHERE charger = 'PR-HOT' AND evse_id = 1")
                .query(Long.class).single()).isEqualTo(1);

        // the restart: a new tracker reads what is stored, as the next process does at start-up
        EvseHealthTracker restarted = new EvseHealthTracker(properties, states);
        restarted.restore();
        Assessment restored = restarted.with(evse, health -> health.assess(health.lastEvent()));
        assertThat(restored).isEqualTo(before);
        // without the stored state it would start from nothing (what every deploy used to do)
        assertThat(new EvseHealthTracker(properties, states).with(evse, health -> health.assess(Instant.now())).risk())
                .isZero();

        // the restarted node sees one more hot session: still the same warning, still the first sessions' baseline
        RiskRecorder recorder = new RiskRecorder(assessments, properties, events, restarted, states);
        Instant start = before.at().plus(Duration.ofHours(2));
        restarted.with(evse, health -> {
            health.observe("after-restart", hotSession(start, 20, 31));
            return health.sessionEnded("after-restart", start.plus(Duration.ofMinutes(31)), false);
        });
        transactions.executeWithoutResult(status -> recorder.record(evse));

        EvseRisk after = assessments.find(evse.charger(), 1).orElseThrow();
        assertThat(after.assessedAt()).isEqualTo(start.plus(Duration.ofMinutes(31)));
        assertThat(after.warning()).isTrue();
        assertThat(after.warningSince()).isEqualTo(warned.warningSince());
        assertThat(after.risk()).isGreaterThanOrEqualTo(0.5);
        assertThat(after.evidence().getFirst()).startsWith("connector temperature rise over ambient at 32 A went from 12.")
                .contains("median of the first 2 vs the last 2 sessions");
        assertThat(predictions.count("PR-HOT")).as("no second FailurePredicted for the same warning").isEqualTo(1);
    }

    @Test
    void aResetAfterARepairClearsTheBaselineAndTheWarningAndANewCrossingWarnsAgain() throws Exception {
        SimulatedChargePoint charger = chargers.booted("PR-FIXED", OcppVersion.V16);
        String riskPath = "/api/v1/chargers/PR-FIXED/evses/1/risk";
        degrade(charger, "PR-FIXED", 12, 30);

        ApiClient.Response reset = api.post(riskPath + "/reset", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        JsonNode cleared = api.get(riskPath).json();
        assertThat(cleared.get("risk").asDouble()).isZero();
        assertThat(cleared.get("warning").asBoolean()).isFalse();
        assertThat(cleared.get("evidence")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM evse_health WHERE charger = 'PR-FIXED'").query(Long.class).single())
                .isZero();
        EvseKey evse = new EvseKey(new ChargerIdentity("PR-FIXED"), 1);
        Instant lastEvent = liveTracker.with(evse, health -> health.lastEvent());
        assertThat(lastEvent).as("nothing learned since the reset").isNull();

        // the repaired contact runs cooler than ever (6 °C): its new baseline; then 14 °C is a doubling of it (the
        // old 12 °C baseline would have seen +17 %) and warns again
        degrade(charger, "PR-FIXED", 6, 14);
        await().atMost(WAIT).until(() -> predictions.count("PR-FIXED") == 2);
        assertThat(api.get(riskPath).json().get("evidence").get(0).asString())
                .startsWith("connector temperature rise over ambient at 32 A went from 6.");

        assertThat(api.post("/api/v1/chargers/NO-SUCH/evses/1/risk/reset", "").status()).isEqualTo(404);
        assertThat(api.post(riskPath.replace("/1/", "/0/") + "/reset", "").status()).isEqualTo(400);
    }

    /** Two sessions at {@code baseline} °C over ambient, two at {@code hot}; waits for the warning. */
    private void degrade(SimulatedChargePoint charger, String identity, double baseline, double hot) throws Exception {
        long warnedBefore = predictions.count(identity);
        session(charger, 20, baseline);
        session(charger, 22, baseline);
        session(charger, 21, hot);
        session(charger, 19, hot);
        await().atMost(WAIT).until(() -> predictions.count(identity) == warnedBefore + 1);
        String riskPath = "/api/v1/chargers/" + identity + "/evses/1/risk";
        await().atMost(WAIT).until(() -> api.get(riskPath).json().path("warning").asBoolean(false));
    }

    /** A no-load sample at {@code ambient}, then six under 32 A at {@code rise} over it (as session() sends them). */
    private static List<Measurement> hotSession(Instant start, double ambient, double rise) {
        List<Measurement> samples = new ArrayList<>();
        for (int minute = 0; minute <= 30; minute += 5) {
            boolean loaded = minute > 0;
            Instant at = start.plus(Duration.ofMinutes(minute));
            samples.add(new Measurement(at, Quantity.TEMPERATURE, null, "Outlet", loaded ? ambient + rise : ambient));
            samples.add(new Measurement(at, Quantity.CURRENT, "L1", null, loaded ? 32 : 0));
            samples.add(new Measurement(at, Quantity.VOLTAGE, "L1", null, loaded ? 229.4 : 231));
        }
        return samples;
    }

    /** One 30-minute 1.6 session: a no-load sample at {@code ambient}, six under 32 A at {@code rise} over it. */
    private void session(SimulatedChargePoint charger, double ambient, double rise) throws Exception {
        chargerClock.advance(Duration.ofHours(2));
        Instant start = chargerClock.instant();
        int tx = charger.startTransaction(1, "PRDRIVER", 0).get(10, TimeUnit.SECONDS).transactionId();
        for (int minute = 0; minute <= 30; minute += 5) {
            boolean loaded = minute > 0;
            ObjectNode payload = JSON.createObjectNode().put("connectorId", 1).put("transactionId", tx);
            ObjectNode value = payload.putArray("meterValue").addObject()
                    .put("timestamp", start.plus(Duration.ofMinutes(minute)).toString());
            ArrayNode sampled = value.putArray("sampledValue");
            sampled.addObject().put("value", String.valueOf(loaded ? ambient + rise : ambient))
                    .put("measurand", "Temperature").put("location", "Outlet").put("unit", "Celsius");
            sampled.addObject().put("value", String.valueOf(loaded ? 32 : 0)).put("measurand", "Current.Import")
                    .put("phase", "L1").put("unit", "A");
            sampled.addObject().put("value", String.valueOf(loaded ? 229.4 : 231)).put("measurand", "Voltage")
                    .put("phase", "L1-N").put("unit", "V");
            charger.call("MeterValues", payload).get(10, TimeUnit.SECONDS);
        }
        chargerClock.advance(Duration.ofMinutes(31));
        charger.stopTransaction(tx, "PRDRIVER", 16_000, null).get(10, TimeUnit.SECONDS);
    }

    /** Every FailurePredicted the application publishes. */
    static class Predictions {
        private final List<FailurePredicted> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FailurePredicted event) {
            published.add(event);
        }

        long count(String charger) {
            return published.stream().filter(event -> event.charger().value().equals(charger)).count();
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
