package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.noop.NoOpOcppServer;
import io.busbar.simulator.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.busbar.simulator.chargepoint.ProfilePayloads.period;
import static io.busbar.simulator.chargepoint.ProfilePayloads.profile;
import static io.busbar.simulator.chargepoint.ProfilePayloads.set201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** OCPP 2.0.1 smart charging (K01, K08, K10) on a simulated charging station over a real socket. */
class ChargingProfilesOcpp201Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final SimulatedEv THREE_PHASE_11KW = new SimulatedEv(60_000, 20, 11_040, 3);

    private NoOpOcppServer server;
    private final MutableClock clock = new MutableClock(T0);
    private final List<SimulatedChargePoint> chargePoints = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = NoOpOcppServer.start(0, true);
    }

    @AfterEach
    void stopAll() {
        chargePoints.forEach(SimulatedChargePoint::close);
        server.close();
    }

    @Test
    void stationMaxProfileIsSetOnEvseZeroOnlyAndNeverRelative() {
        SimulatedChargePoint cp = connect("CS-MAX");

        JsonNode onEvse = set(cp, 1, period(profile(false, 1, "ChargingStationMaxProfile", 0, "A", T0), 0, 16, null));
        JsonNode relative = set(cp, 0, period(profile(false, 1, "ChargingStationMaxProfile", 0, "A", null), 0, 16,
                null));
        JsonNode external = set(cp, 0, period(profile(false, 1, "ChargingStationExternalConstraints", 0, "A", T0), 0,
                16, null));
        JsonNode accepted = set(cp, 0, period(profile(false, 1, "ChargingStationMaxProfile", 0, "A", T0), 0, 16,
                null));

        assertThat(onEvse.get("status").asString()).isEqualTo("Rejected");
        assertThat(onEvse.at("/statusInfo/reasonCode").asString()).isEqualTo("InvalidProfile");
        assertThat(relative.get("status").asString()).isEqualTo("Rejected");
        assertThat(external.get("status").asString()).isEqualTo("Rejected");
        assertThat(accepted.get("status").asString()).isEqualTo("Accepted");
        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(16.0);
    }

    @Test
    void txProfileNeedsTheTransactionIdOfTheRunningTransaction() {
        SimulatedChargePoint cp = connect("CS-TX");
        ChargingSession session = cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();

        ObjectNode withoutId = period(profile(false, 7, "TxProfile", 0, "A", T0), 0, 10, null);
        ObjectNode wrongId = period(profile(false, 7, "TxProfile", 0, "A", T0), 0, 10, null)
                .put("transactionId", "not-this-one");
        ObjectNode rightId = period(profile(false, 7, "TxProfile", 0, "A", T0), 0, 10, null)
                .put("transactionId", session.transactionId());

        assertThat(set(cp, 1, withoutId).get("status").asString()).isEqualTo("Rejected");
        assertThat(set(cp, 1, wrongId).get("status").asString()).isEqualTo("Rejected");
        assertThat(set(cp, 2, rightId.deepCopy()).get("status").asString()).as("no EVSE 2").isEqualTo("Rejected");
        assertThat(set(cp, 1, rightId).get("status").asString()).isEqualTo("Accepted");
        assertThat(cp.drawA(1)).isEqualTo(new PhaseCurrents(10, 10, 10));
        clock.advance(Duration.ofHours(1));
        session.advance(Duration.ofHours(1));
        assertThat(session.energyWh()).isEqualTo(6_900);
        JsonNode event = lastEvent("CS-TX");
        assertThat(sample(event, "Current.Import", "L2")).isEqualTo(10.0);
        assertThat(sample(event, "Power.Active.Import", null)).isEqualTo(6_900.0);
    }

    @Test
    void sameStackLevelAndPurposeValidAtTheSameTimeIsRejectedButTheSameIdReplaces() {
        SimulatedChargePoint cp = connect("CS-STACK");
        set(cp, 0, period(profile(false, 1, "TxDefaultProfile", 0, "A", T0), 0, 16, null));

        JsonNode clash = set(cp, 0, period(profile(false, 2, "TxDefaultProfile", 0, "A", T0), 0, 8, null));
        JsonNode replace = set(cp, 0, period(profile(false, 1, "TxDefaultProfile", 0, "A", T0), 0, 8, null));

        assertThat(clash.get("status").asString()).isEqualTo("Rejected");
        assertThat(replace.get("status").asString()).isEqualTo("Accepted");
        assertThat(cp.chargingProfiles().installed()).hasSize(1);
        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(8.0);
    }

    @Test
    void zeroAmpsSuspendsWithChargingStateSuspendedEvse() {
        SimulatedChargePoint cp = connect("CS-SUSPEND");
        ChargingSession session = cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();

        set(cp, 1, period(profile(false, 3, "TxProfile", 0, "A", T0), 0, 0, null)
                .put("transactionId", session.transactionId()));
        await().atMost(Duration.ofSeconds(5)).until(() -> "ChargingStateChanged".equals(
                lastEvent("CS-SUSPEND").get("triggerReason").asString()));
        clock.advance(Duration.ofMinutes(15));
        session.advance(Duration.ofMinutes(15));

        JsonNode changed = events("CS-SUSPEND").stream()
                .filter(e -> e.get("triggerReason").asString().equals("ChargingStateChanged")).findFirst().orElseThrow();
        assertThat(changed.at("/transactionInfo/chargingState").asString()).isEqualTo("SuspendedEVSE");
        JsonNode periodic = lastEvent("CS-SUSPEND");
        assertThat(periodic.at("/transactionInfo/chargingState").asString()).isEqualTo("SuspendedEVSE");
        assertThat(sample(periodic, "Power.Active.Import", null)).isZero();
        assertThat(session.energyWh()).isZero();
    }

    @Test
    void clearByCriteriaOrIdAndUnknownWhenNothingMatches() {
        SimulatedChargePoint cp = connect("CS-CLEAR");
        set(cp, 0, period(profile(false, 1, "TxDefaultProfile", 0, "A", T0), 0, 16, null));
        set(cp, 0, period(profile(false, 2, "ChargingStationMaxProfile", 0, "A", T0), 0, 20, null));

        ObjectNode byCriteria = ProfilePayloads.object();
        byCriteria.putObject("chargingProfileCriteria").put("chargingProfilePurpose", "TxDefaultProfile");
        assertThat(call(cp, "ClearChargingProfile", byCriteria).get("status").asString()).isEqualTo("Accepted");
        assertThat(call(cp, "ClearChargingProfile", byCriteria).get("status").asString()).isEqualTo("Unknown");
        assertThat(call(cp, "ClearChargingProfile", ProfilePayloads.object().put("chargingProfileId", 2))
                .get("status").asString()).isEqualTo("Accepted");
        assertThat(cp.chargingProfiles().installed()).isEmpty();
    }

    @Test
    void stationMaximumIsSharedBetweenTheEvsesThatCharge() {
        SimulatedChargePoint cp = connect("CS-SHARE");
        cp.remoteControl().evses(2);
        set(cp, 0, period(profile(false, 1, "ChargingStationMaxProfile", 0, "W", T0), 0, 22_080, null));

        cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();
        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(32.0);
        cp.plugIn(2, THREE_PHASE_11KW).authorize("TAG-2").start();

        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(16.0);
        assertThat(cp.chargingProfiles().powerLimitW(2)).isEqualTo(11_040);
        assertThat(cp.drawA(1).l1() + cp.drawA(2).l1()).isLessThanOrEqualTo(32.0);
    }

    @Test
    void relativeDefaultStartsWithTheTransactionAndCompositeScheduleShowsIt() {
        SimulatedChargePoint cp = connect("CS-RELATIVE");
        ObjectNode relative = profile(false, 1, "TxDefaultProfile", 0, "A", null);
        set(cp, 1, period(period(relative, 0, 16, null), 3600, 8, 1));
        clock.advance(Duration.ofMinutes(10));
        cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();

        JsonNode answer = call(cp, "GetCompositeSchedule", ProfilePayloads.object().put("evseId", 1)
                .put("duration", 7200).put("chargingRateUnit", "W"));
        clock.advance(Duration.ofHours(1));

        JsonNode schedule = answer.get("schedule");
        assertThat(schedule.get("evseId").asInt()).isEqualTo(1);
        assertThat(schedule.get("chargingSchedulePeriod")).extracting(p -> p.get("startPeriod").asInt())
                .containsExactly(0, 3600);
        assertThat(schedule.get("chargingSchedulePeriod")).extracting(p -> p.get("limit").asDouble())
                .containsExactly(11_040.0, 1_840.0);
        assertThat(schedule.get("chargingSchedulePeriod")).extracting(p -> p.get("numberPhases").asInt())
                .containsExactly(3, 1);
        assertThat(cp.drawA(1)).as("numberPhases 1 leaves one phase").isEqualTo(new PhaseCurrents(8, 0, 0));
    }

    private SimulatedChargePoint connect(String identity) {
        SimulatedChargePoint cp = SimulatedChargePoint.builder(server.url(), identity, OcppVersion.V201)
                .clock(clock).callTimeout(Duration.ofSeconds(5)).connect();
        chargePoints.add(cp);
        cp.boot().orTimeout(5, TimeUnit.SECONDS).join(); // the CSMS knows the charger once it has booted
        return cp;
    }

    private JsonNode set(SimulatedChargePoint cp, int evseId, ObjectNode profile) {
        return call(cp, "SetChargingProfile", set201(evseId, profile));
    }

    private JsonNode call(SimulatedChargePoint cp, String action, ObjectNode payload) {
        try {
            return ((CallResult) server.sendCall(cp.identity(), action, payload).get(5, TimeUnit.SECONDS)).payload();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> events(String identity) {
        return server.receivedFrames(identity).stream().map(JSON::readTree)
                .filter(f -> f.get(0).asInt() == 2 && f.get(2).asString().equals("TransactionEvent"))
                .map(f -> f.get(3)).toList();
    }

    private JsonNode lastEvent(String identity) {
        return events(identity).getLast();
    }

    /** The numeric value of a 2.0.1 sampledValue, or null when absent. */
    static Double sample(JsonNode event, String measurand, String phase) {
        for (JsonNode sample : event.get("meterValue").get(0).get("sampledValue")) {
            if (sample.get("measurand").asString().equals(measurand)
                    && (phase == null || phase.equals(sample.path("phase").asString(null)))) {
                return sample.get("value").asDouble();
            }
        }
        return null;
    }
}
