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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fail-safe without the CSMS: the profiles live in the charger, so the TxDefaultProfile / station maximum keeps
 * limiting running and new sessions while the connection is down; a TxProfile ends with its transaction.
 */
class ChargingProfilesOfflineTest {
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
    void ocpp16TxDefaultKeepsLimitingASessionStartedOfflineAndTheQueuedReadingsShowIt() {
        SimulatedChargePoint cp = connect("CP16-FAILSAFE", OcppVersion.V16);
        call(cp, "SetChargingProfile", ProfilePayloads.set16(0,
                period(profile(true, 1, "TxDefaultProfile", 0, "A", T0), 0, 8, null)));
        ChargingSession running = cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();
        ObjectNode boost = period(profile(true, 2, "TxProfile", 1, "A", T0), 0, 16, null);
        call(cp, "SetChargingProfile", ProfilePayloads.set16(1, boost));
        assertThat(cp.drawA(1).l1()).isEqualTo(16.0);

        cp.disconnect();
        running.stop(StopReason.LOCAL);
        ChargingSession offline = cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-2").start();
        clock.advance(Duration.ofHours(1));
        offline.advance(Duration.ofHours(1));

        assertThat(cp.chargingProfiles().installed()).extracting(ChargingProfile::id).as("TxProfile ended")
                .containsExactly(1);
        assertThat(cp.drawA(1)).isEqualTo(new PhaseCurrents(8, 8, 8));
        assertThat(offline.energyWh()).isEqualTo(8 * 230 * 3);

        cp.reconnect();
        await().atMost(Duration.ofSeconds(5)).until(() -> cp.queuedWhileOffline() == 0
                && calls("CP16-FAILSAFE", "MeterValues").size() == 1);
        JsonNode meterValue = calls("CP16-FAILSAFE", "MeterValues").getFirst().get("meterValue").get(0);
        assertThat(ChargingProfilesOcpp16Test.sample(meterValue, "Current.Import", "L2")).isEqualTo("8.0");
    }

    @Test
    void ocpp201StationMaximumHoldsWhileOfflineAndSurvivesReconnecting() {
        SimulatedChargePoint cp = connect("CS-FAILSAFE", OcppVersion.V201);
        call(cp, "SetChargingProfile", ProfilePayloads.set201(0,
                period(profile(false, 1, "ChargingStationMaxProfile", 0, "W", T0), 0, 4_140, null)));

        cp.disconnect();
        ChargingSession offline = cp.plugIn(1, THREE_PHASE_11KW).authorize("TAG-1").start();
        clock.advance(Duration.ofMinutes(30));
        offline.advance(Duration.ofMinutes(30));

        assertThat(cp.chargingProfiles().currentLimitA(1)).isEqualTo(6.0);
        assertThat(offline.energyWh()).isEqualTo(4_140 / 2);
        cp.reconnect();
        assertThat(cp.chargingProfiles().installed()).extracting(ChargingProfile::purpose)
                .containsExactly(ChargingProfile.Purpose.STATION_MAX);
        await().atMost(Duration.ofSeconds(5)).until(() -> calls("CS-FAILSAFE", "TransactionEvent").size() == 2);
        JsonNode updated = calls("CS-FAILSAFE", "TransactionEvent").getLast();
        assertThat(updated.get("offline").asBoolean()).isTrue();
        assertThat(ChargingProfilesOcpp201Test.sample(updated, "Power.Active.Import", null)).isEqualTo(4_140.0);
    }

    @Test
    void iso15118StationSendsTheEvsChargingNeedsAfterTheTransactionStarts() {
        SimulatedChargePoint cp = SimulatedChargePoint.builder(server.url(), "CS-NEEDS", OcppVersion.V201)
                .clock(clock).callTimeout(Duration.ofSeconds(5)).iso15118(true).connect();
        chargePoints.add(cp);
        cp.boot().orTimeout(5, TimeUnit.SECONDS).join();
        Instant departure = T0.plus(Duration.ofHours(8));

        cp.plugIn(1, new SimulatedEv(60_000, 20, 7_360, 1).wanting(80, departure)).authorize("TAG-1").start();

        List<String> actions = server.receivedFrames("CS-NEEDS").stream().map(JSON::readTree)
                .filter(f -> f.get(0).asInt() == 2).map(f -> f.get(2).asString()).toList();
        assertThat(actions).containsSubsequence("TransactionEvent", "NotifyEVChargingNeeds");
        JsonNode needs = calls("CS-NEEDS", "NotifyEVChargingNeeds").getFirst();
        assertThat(needs.get("evseId").asInt()).isEqualTo(1);
        assertThat(needs.at("/chargingNeeds/requestedEnergyTransfer").asString()).isEqualTo("AC_single_phase");
        assertThat(needs.at("/chargingNeeds/departureTime").asString()).isEqualTo(departure.toString());
        JsonNode ac = needs.at("/chargingNeeds/acChargingParameters");
        assertThat(ac.get("energyAmount").asInt()).isEqualTo(36_000);
        assertThat(ac.get("evMinCurrent").asInt()).isEqualTo(6);
        assertThat(ac.get("evMaxCurrent").asInt()).isEqualTo(32);
        assertThat(ac.get("evMaxVoltage").asInt()).isEqualTo(230);
    }

    private SimulatedChargePoint connect(String identity, OcppVersion version) {
        SimulatedChargePoint cp = SimulatedChargePoint.builder(server.url(), identity, version)
                .clock(clock).callTimeout(Duration.ofSeconds(5)).connect();
        chargePoints.add(cp);
        cp.boot().orTimeout(5, TimeUnit.SECONDS).join();
        return cp;
    }

    private JsonNode call(SimulatedChargePoint cp, String action, ObjectNode payload) {
        try {
            JsonNode answer = ((CallResult) server.sendCall(cp.identity(), action, payload)
                    .get(5, TimeUnit.SECONDS)).payload();
            assertThat(answer.get("status").asString()).isEqualTo("Accepted");
            return answer;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> calls(String identity, String action) {
        return server.receivedFrames(identity).stream().map(JSON::readTree)
                .filter(f -> f.get(0).asInt() == 2 && f.get(2).asString().equals(action))
                .map(f -> f.get(3)).toList();
    }
}
