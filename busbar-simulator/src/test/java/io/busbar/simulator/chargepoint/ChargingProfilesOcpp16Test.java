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
import static io.busbar.simulator.chargepoint.ProfilePayloads.set16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** OCPP 1.6 Smart Charging on a simulated charge point, driven by a CSMS over a real socket. */
class ChargingProfilesOcpp16Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final SimulatedEv THREE_PHASE_22KW = new SimulatedEv(60_000, 20, 22_080, 3);
    private static final SimulatedEv ONE_PHASE_7KW = new SimulatedEv(40_000, 20, 7_360, 1);

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
    void txDefaultProfileOnConnectorZeroLimitsTheDrawEnergyAndMeterValues() {
        SimulatedChargePoint cp = connect("CP16-DEFAULT", "A", "W");
        assertThat(set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 10, null)))
                .isEqualTo("Accepted");

        ChargingSession session = cp.plugIn(1, THREE_PHASE_22KW).authorize("TAG-1").start();
        clock.advance(Duration.ofHours(1));
        session.advance(Duration.ofHours(1));

        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(10.0);
        assertThat(cp.chargingProfiles().powerLimitW(1)).isEqualTo(6_900);
        assertThat(cp.drawA(1)).isEqualTo(new PhaseCurrents(10, 10, 10));
        assertThat(session.energyWh()).isEqualTo(6_900);
        JsonNode meterValue = lastPayload("CP16-DEFAULT", "MeterValues").get("meterValue").get(0);
        assertThat(sample(meterValue, "Power.Active.Import", null)).isEqualTo("6900");
        assertThat(sample(meterValue, "Current.Import", "L1")).isEqualTo("10.0");
        assertThat(sample(meterValue, "Current.Import", "L3")).isEqualTo("10.0");
        assertThat(sample(meterValue, "Energy.Active.Import.Register", null)).isEqualTo("6900");
        assertThat(sample(meterValue, "SoC", null)).isEqualTo(String.valueOf((int) (20 + 6_900 * 100.0 / 60_000)));
    }

    @Test
    void txProfileNeedsATransactionOverridesTheDefaultAndEndsWithIt() {
        SimulatedChargePoint cp = connect("CP16-TX", "A", "W");
        set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 10, null));
        assertThat(set(cp, 1, period(profile(true, 2, "TxProfile", 0, "A", T0), 0, 16, null)))
                .as("no transaction on connector 1").isEqualTo("Rejected");

        ChargingSession session = cp.plugIn(1, THREE_PHASE_22KW).authorize("TAG-1").start();
        ObjectNode wrongTransaction = period(profile(true, 2, "TxProfile", 0, "A", T0), 0, 16, null);
        wrongTransaction.put("transactionId", Integer.parseInt(session.transactionId()) + 1);
        assertThat(set(cp, 1, wrongTransaction)).isEqualTo("Rejected");
        assertThat(set(cp, 1, period(profile(true, 2, "TxProfile", 0, "A", T0), 0, 16, null)))
                .isEqualTo("Accepted");

        assertThat(cp.chargingProfiles().currentLimitA(1)).as("TxProfile overrides TxDefaultProfile")
                .isEqualTo(16.0);
        assertThat(cp.drawA(1).l1()).isEqualTo(16.0);
        session.stop(StopReason.LOCAL);
        assertThat(cp.chargingProfiles().installed()).extracting(ChargingProfile::id).containsExactly(1);
    }

    @Test
    void higherStackLevelGovernsUntilItsDurationEnds() {
        SimulatedChargePoint cp = connect("CP16-STACK", "A", "W");
        set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 16, null));
        ObjectNode morning = period(profile(true, 2, "TxDefaultProfile", 1, "A", T0), 0, 8, null);
        ProfilePayloads.schedule(morning).put("duration", 1800);
        set(cp, 0, morning);

        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(8.0);
        clock.advance(Duration.ofMinutes(30));
        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(16.0);
    }

    @Test
    void chargePointMaxInWattsLimitsInAmpsByTheEvsPhases() {
        SimulatedChargePoint cp = connect("CP16-MAX", "A", "W");
        set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 32, null));
        set(cp, 0, period(profile(true, 3, "ChargePointMaxProfile", 0, "W", T0), 0, 4_600, null));

        cp.plugIn(1, ONE_PHASE_7KW).authorize("TAG-1").start();

        assertThat(cp.chargingProfiles().currentLimitA(1)).isCloseTo(20.0, within(0.001));
        assertThat(cp.chargingProfiles().powerLimitW(1)).isEqualTo(4_600);
        assertThat(cp.drawA(1)).as("a 1-phase EV draws on L1 only").isEqualTo(new PhaseCurrents(20, 0, 0));
    }

    @Test
    void chargePointMaxIsOnlySetOnConnectorZeroAndWattsAreRejectedByAnAmpsOnlyCharger() {
        SimulatedChargePoint cp = connect("CP16-RULES", "A");

        assertThat(set(cp, 1, period(profile(true, 1, "ChargePointMaxProfile", 0, "A", T0), 0, 16, null)))
                .isEqualTo("Rejected");
        assertThat(set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "W", T0), 0, 7_000, null)))
                .isEqualTo("Rejected");
        assertThat(set(cp, 2, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 16, null)))
                .as("unknown connector").isEqualTo("Rejected");
        assertThat(cp.chargingProfiles().installed()).isEmpty();
        assertThat(cp.chargingProfiles().currentLimitA(1)).as("the rating").isEqualTo(32.0);
    }

    @Test
    void limitBelowSixAmpsSuspendsTheChargeAndRaisingItResumes() throws Exception {
        SimulatedChargePoint cp = connect("CP16-SUSPEND", "A", "W");
        ChargingSession session = cp.plugIn(1, ONE_PHASE_7KW).authorize("TAG-1").start();

        set(cp, 1, period(profile(true, 5, "TxProfile", 0, "A", T0), 0, 5, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> statuses("CP16-SUSPEND").contains("SuspendedEVSE"));
        assertThat(cp.drawA(1)).isEqualTo(PhaseCurrents.NONE);
        clock.advance(Duration.ofMinutes(30));
        session.advance(Duration.ofMinutes(30));
        assertThat(session.energyWh()).isZero();
        assertThat(sample(lastPayload("CP16-SUSPEND", "MeterValues").get("meterValue").get(0),
                "Power.Active.Import", null)).isEqualTo("0");

        set(cp, 1, period(profile(true, 5, "TxProfile", 0, "A", T0), 0, 16, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> statuses("CP16-SUSPEND").getLast().equals("Charging"));
        clock.advance(Duration.ofMinutes(30));
        session.advance(Duration.ofMinutes(30));
        assertThat(session.energyWh()).isEqualTo(16 * 230 / 2);
        JsonNode meterValue = lastPayload("CP16-SUSPEND", "MeterValues").get("meterValue").get(0);
        assertThat(sample(meterValue, "Current.Import", "L1")).isEqualTo("16.0");
        assertThat(sample(meterValue, "Current.Import", "L2")).as("1-phase EV").isNull();
    }

    @Test
    void clearChargingProfileByIdOrCriteriaAndUnknownWhenNothingMatches() throws Exception {
        SimulatedChargePoint cp = connect("CP16-CLEAR", "A", "W");
        set(cp, 0, period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 10, null));
        set(cp, 0, period(profile(true, 2, "TxDefaultProfile", 1, "A", T0), 0, 8, null));
        set(cp, 0, period(profile(true, 3, "ChargePointMaxProfile", 0, "A", T0), 0, 20, null));

        assertThat(clear(cp, ProfilePayloads.object().put("id", 2))).isEqualTo("Accepted");
        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(10.0);
        assertThat(clear(cp, ProfilePayloads.object().put("id", 2))).isEqualTo("Unknown");
        assertThat(clear(cp, ProfilePayloads.object().put("chargingProfilePurpose", "TxDefaultProfile")
                .put("stackLevel", 0))).isEqualTo("Accepted");
        assertThat(clear(cp, ProfilePayloads.object().put("connectorId", 1))).isEqualTo("Unknown");
        assertThat(cp.chargingProfiles().installed()).extracting(ChargingProfile::id).containsExactly(3);
        assertThat(clear(cp, ProfilePayloads.object())).isEqualTo("Accepted");
        assertThat(cp.chargingProfiles().installed()).isEmpty();
    }

    @Test
    void compositeScheduleFollowsTheProfilesPeriods() throws Exception {
        SimulatedChargePoint cp = connect("CP16-COMPOSITE", "A", "W");
        ObjectNode steps = profile(true, 1, "TxDefaultProfile", 0, "A", T0);
        period(period(period(steps, 0, 16, null), 600, 10, null), 1200, 32, null);
        set(cp, 0, steps);
        set(cp, 0, period(profile(true, 2, "ChargePointMaxProfile", 0, "A", T0), 0, 20, null));

        JsonNode answer = call(cp, "GetCompositeSchedule", ProfilePayloads.object().put("connectorId", 1)
                .put("duration", 3600).put("chargingRateUnit", "A"));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        assertThat(answer.get("connectorId").asInt()).isEqualTo(1);
        JsonNode schedule = answer.get("chargingSchedule");
        assertThat(schedule.get("chargingRateUnit").asString()).isEqualTo("A");
        assertThat(schedule.get("duration").asInt()).isEqualTo(3600);
        assertThat(schedule.get("chargingSchedulePeriod")).extracting(p -> p.get("startPeriod").asInt())
                .containsExactly(0, 600, 1200);
        assertThat(schedule.get("chargingSchedulePeriod")).extracting(p -> p.get("limit").asDouble())
                .containsExactly(16.0, 10.0, 20.0);
        JsonNode inWatts = call(cp, "GetCompositeSchedule", ProfilePayloads.object().put("connectorId", 1)
                .put("duration", 300).put("chargingRateUnit", "W"));
        assertThat(inWatts.at("/chargingSchedule/chargingSchedulePeriod/0/limit").asDouble()).isEqualTo(11_040.0);
    }

    private SimulatedChargePoint connect(String identity, String... units) {
        SimulatedChargePoint cp = SimulatedChargePoint.builder(server.url(), identity, OcppVersion.V16)
                .clock(clock).callTimeout(Duration.ofSeconds(5)).chargingRateUnits(units).connect();
        chargePoints.add(cp);
        cp.boot().orTimeout(5, TimeUnit.SECONDS).join(); // the CSMS knows the charger once it has booted
        return cp;
    }

    private String set(SimulatedChargePoint cp, int connectorId, ObjectNode profile) {
        return call(cp, "SetChargingProfile", set16(connectorId, profile)).get("status").asString();
    }

    private String clear(SimulatedChargePoint cp, ObjectNode request) {
        return call(cp, "ClearChargingProfile", request).get("status").asString();
    }

    private JsonNode call(SimulatedChargePoint cp, String action, ObjectNode payload) {
        try {
            return ((CallResult) server.sendCall(cp.identity(), action, payload).get(5, TimeUnit.SECONDS)).payload();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> statuses(String identity) {
        return frames(identity).stream().filter(f -> f.get(2).asString().equals("StatusNotification"))
                .map(f -> f.get(3).get("status").asString()).toList();
    }

    private JsonNode lastPayload(String identity, String action) {
        return frames(identity).stream().filter(f -> f.get(2).asString().equals(action)).reduce((a, b) -> b)
                .orElseThrow().get(3);
    }

    private List<JsonNode> frames(String identity) {
        // CALLs only: the answers to the CSMS's own calls are recorded too.
        return server.receivedFrames(identity).stream().map(JSON::readTree).filter(f -> f.get(0).asInt() == 2)
                .toList();
    }

    /** The value of a 1.6 sampledValue (a string), or null when absent. */
    static String sample(JsonNode meterValue, String measurand, String phase) {
        for (JsonNode sample : meterValue.get("sampledValue")) {
            if (sample.get("measurand").asString().equals(measurand)
                    && (phase == null || phase.equals(sample.path("phase").asString(null)))) {
                return sample.get("value").asString();
            }
        }
        return null;
    }
}
