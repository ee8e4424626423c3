package io.busbar.selfhealing;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.SimulatedFaults.Cure;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6 acceptance for self-healing, over real sockets with simulated chargers that fail in scripted ways: the
 * EVSE a soft reset cures ends RECOVERED with one soft reset and nobody called; one that needs a human goes through
 * every step and raises exactly one HumanNeeded; a stuck connector; a boot loop with no reset storm; and a healthy
 * charging session on the same charger that no automatic action interrupts.
 * (FaultOpened is published here; the faults module publishes it in production.)
 */
@BusbarTest
@Import(SelfHealingTest.HumanNeededCapture.class)
@TestPropertySource(properties = {
        "busbar.self-healing.enabled=true",
        "busbar.faults.recording=false", // this test publishes the faults itself
        "busbar.self-healing.poll-interval=100ms",
        "busbar.self-healing.max-resets-per-charger=2"})
class SelfHealingTest {
    /** Short waits so a run that never recovers ends in seconds. */
    static final String CONNECTOR_ERROR_PLAYBOOK = """
            {"faultType": "CONNECTOR_ERROR", "steps": [{"step": "SOFT_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 3},
             {"step": "HARD_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 3}, {"step": "UNLOCK_CONNECTOR"},
             {"step": "WAIT_RECOVERY", "seconds": 1}, {"step": "MARK_UNAVAILABLE"}, {"step": "CALL_HUMAN"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    HumanNeededCapture humans;
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
        var saved = api.put("/api/v1/playbooks", CONNECTOR_ERROR_PLAYBOOK);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void faultedEvseThatASoftResetCuresEndsRecoveredAndIsNeverEscalated(OcppVersion version) {
        String identity = "SOFT-" + version.name();
        SimulatedChargePoint charger = chargers.booted(identity, version);
        charger.faults().faulted(1, Cure.SOFT_RESET);
        FaultId fault = faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, "GroundFailure");

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("RECOVERED");
        assertThat(run.get("faultId").asString()).isEqualTo(fault.toString());
        assertThat(steps(run)).containsExactly("SOFT_RESET:SENT", "WAIT_RECOVERY:RECOVERED");
        List<ReceivedCall> resets = calls(charger, "Reset");
        assertThat(resets).hasSize(1);
        assertThat(resets.getFirst().payload().get("type").asString())
                .isEqualTo(version == OcppVersion.V16 ? "Soft" : "OnIdle");
        if (version == OcppVersion.V201) {
            // B12: only the faulted EVSE is reset.
            assertThat(resets.getFirst().payload().get("evseId").asInt()).isEqualTo(1);
        }
        JsonNode logged = api.get("/api/v1/commands/"
                + run.get("steps").get(0).get("commandId").asString()).json();
        assertThat(logged.get("actor").get("kind").asString()).isEqualTo("system");
        assertThat(logged.get("actor").get("id").asString()).isEqualTo("self-healing");
        assertThat(humans.forCharger(identity)).isEmpty();
        assertThat(connectorStatus(identity, 1)).isEqualTo("AVAILABLE");
    }

    @Test
    void faultedEvseThatNeedsAHardResetRecoversAfterIt() {
        String identity = "HARD-201";
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V201);
        charger.faults().faulted(1, Cure.HARD_RESET);
        faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, null);

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("RECOVERED");
        assertThat(steps(run)).containsExactly("SOFT_RESET:SENT", "WAIT_RECOVERY:NOT_RECOVERED", "HARD_RESET:SENT",
                "WAIT_RECOVERY:RECOVERED");
        assertThat(calls(charger, "Reset")).extracting(c -> c.payload().get("type").asString())
                .containsExactly("OnIdle", "Immediate");
        assertThat(humans.forCharger(identity)).isEmpty();
    }

    @Test
    void evseThatNeverRecoversGoesThroughEveryStepAndCallsAHumanOnce() {
        String identity = "BROKEN-16";
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V16);
        charger.faults().faulted(1, Cure.NONE, "GroundFailure");
        FaultId fault = faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, "GroundFailure");

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(steps(run)).containsExactly("SOFT_RESET:SENT", "WAIT_RECOVERY:NOT_RECOVERED", "HARD_RESET:SENT",
                "WAIT_RECOVERY:NOT_RECOVERED", "UNLOCK_CONNECTOR:SENT", "WAIT_RECOVERY:NOT_RECOVERED",
                "MARK_UNAVAILABLE:SENT", "CALL_HUMAN:HUMAN_CALLED");
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action)
                .containsExactly("Reset", "Reset", "UnlockConnector", "ChangeAvailability");
        assertThat(calls(charger, "ChangeAvailability").getFirst().payload().get("type").asString())
                .isEqualTo("Inoperative");
        await().atMost(Duration.ofSeconds(5)).until(() -> humans.forCharger(identity).size() == 1);
        HumanNeeded human = humans.forCharger(identity).getFirst();
        assertThat(human.run().toString()).isEqualTo(run.get("id").asString());
        assertThat(human.fault()).isEqualTo(fault);
        assertThat(human.evseId()).isEqualTo(1);
        assertThat(human.actionsTried()).hasSize(8).first().asString().contains("SOFT_RESET", "Accepted");
        assertThat(connectorStatus(identity, 1)).isEqualTo("FAULTED");
    }

    @Test
    void stuckConnectorCannotBeUnlockedAndEndsWithAHuman() {
        String identity = "STUCK-201";
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V201);
        charger.faults().stuckConnector(1);
        faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, "ConnectorLockFailure");

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("ESCALATED");
        JsonNode unlock = run.get("steps").get(4);
        assertThat(unlock.get("step").asString()).isEqualTo("UNLOCK_CONNECTOR");
        assertThat(unlock.get("answer").asString()).isEqualTo("UnlockFailed");
        assertThat(unlock.get("outcome").asString()).isEqualTo("REFUSED");
        await().atMost(Duration.ofSeconds(5)).until(() -> humans.forCharger(identity).size() == 1);
        assertThat(connectorStatus(identity, 1)).isEqualTo("FAULTED");
    }

    @Test
    void bootLoopIsNotResetAndAutomaticResetsAreRateLimited() {
        String identity = "LOOP-16";
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V16);
        charger.faults().bootLoop(Duration.ofMillis(300), 3);
        faultOpened(identity, null, FaultType.BOOT_LOOP, null);

        JsonNode loopRun = awaitRunEnded(identity);
        assertThat(loopRun.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(steps(loopRun)).last().isEqualTo("CALL_HUMAN:HUMAN_CALLED");
        await().atMost(Duration.ofSeconds(10)).until(() -> charger.faults().bootLoopReboots() == 3);
        assertThat(calls(charger, "Reset")).isEmpty();

        // More faults on the same charger: only max-resets-per-charger (2) resets reach it in the window.
        charger.faults().faulted(1, Cure.NONE);
        assertThat(api.put("/api/v1/playbooks", """
                {"faultType": "CONNECTOR_ERROR", "faultCode": "ResetOnly",
                 "steps": [{"step": "SOFT_RESET"}, {"step": "CALL_HUMAN"}]}""").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, "ResetOnly");
            int runs = i + 2;
            await().atMost(Duration.ofSeconds(15)).until(() -> endedRuns(identity) == runs);
        }
        assertThat(calls(charger, "Reset")).hasSize(2);
        JsonNode newest = api.get("/api/v1/playbook-runs/" + api.get("/api/v1/playbook-runs?chargerId=" + identity)
                .json().get("items").get(0).get("id").asString()).json();
        assertThat(steps(newest)).containsExactly("SOFT_RESET:SKIPPED_RATE_LIMITED", "CALL_HUMAN:HUMAN_CALLED");
    }

    /** 2.0.1: the faulted EVSE alone is reset (B12); the session charging on EVSE 2 goes on. */
    @Test
    void evseResetLeavesAHealthySessionOnAnotherEvseCharging() {
        String identity = "SHARED-201";
        SimulatedChargePoint charger = chargingOnEvse2(identity, OcppVersion.V201);
        charger.faults().faulted(1, Cure.SOFT_RESET);
        faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, null);

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("RECOVERED");
        assertThat(calls(charger, "Reset")).singleElement()
                .satisfies(reset -> assertThat(reset.payload().get("evseId").asInt()).isEqualTo(1));
        assertThat(charger.runningSessions().on(2)).isPresent();
        assertThat(api.get("/api/v1/sessions?chargerId=" + identity).json().get("items").get(0).get("state")
                .asString()).isEqualTo("ACTIVE");
    }

    /** 1.6 can only reset the whole charger: with a session charging on EVSE 2, every reset is skipped and recorded. */
    @Test
    void chargerWideResetIsSkippedWhileASessionCharges() {
        String identity = "SHARED-16";
        SimulatedChargePoint charger = chargingOnEvse2(identity, OcppVersion.V16);
        charger.faults().faulted(1, Cure.SOFT_RESET);
        faultOpened(identity, 1, FaultType.CONNECTOR_ERROR, null);

        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(steps(run)).startsWith("SOFT_RESET:SKIPPED_ACTIVE_SESSION",
                "WAIT_RECOVERY:SKIPPED_NOTHING_TO_VERIFY", "HARD_RESET:SKIPPED_ACTIVE_SESSION");
        assertThat(run.get("steps").get(0).get("detail").asString()).contains("delivering energy on EVSE 2");
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action).doesNotContain("Reset")
                .allSatisfy(action -> assertThat(action).isIn("UnlockConnector", "ChangeAvailability"));
        assertThat(calls(charger, "UnlockConnector")).allSatisfy(
                unlock -> assertThat(unlock.payload().get("connectorId").asInt()).isEqualTo(1));
        assertThat(charger.runningSessions().on(2)).isPresent();
        await().atMost(Duration.ofSeconds(5)).until(() -> humans.forCharger(identity).size() == 1);
    }

    @Test
    void playbooksAreListedTunedAndValidated() {
        JsonNode all = api.get("/api/v1/playbooks").json().get("items");
        assertThat(all.findValuesAsString("faultType"))
                .contains("CONNECTOR_ERROR", "GHOST_CHARGER", "BOOT_LOOP", "SESSION_FAILED");
        JsonNode bootLoop = null;
        for (JsonNode playbook : all) {
            if (playbook.get("faultType").asString().equals("BOOT_LOOP")) {
                bootLoop = playbook;
            }
        }
        assertThat(bootLoop.get("steps").findValuesAsString("step")).doesNotContain("SOFT_RESET", "HARD_RESET");

        var disabled = api.put("/api/v1/playbooks/" + bootLoop.get("id").asString(), "{\"enabled\": false}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.put("/api/v1/playbooks/" + bootLoop.get("id").asString(), "{\"enabled\": true}")
                .json().get("version").asInt()).isEqualTo(3);

        var badWait = api.put("/api/v1/playbooks", """
                {"faultType": "GHOST_CHARGER", "steps": [{"step": "WAIT_RECOVERY"}]}""");
        assertThat(badWait.status()).isEqualTo(400);
        var humanFirst = api.put("/api/v1/playbooks", """
                {"faultType": "GHOST_CHARGER", "steps": [{"step": "CALL_HUMAN"}, {"step": "SOFT_RESET"}]}""");
        assertThat(humanFirst.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/playbook-runs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    /** A charger model's playbook beats the default; a disabled one means nothing automatic happens. */
    @Test
    void theMostSpecificPlaybookApplies() {
        String identity = "MODEL-201";
        SimulatedChargePoint charger = chargers.booted(identity, OcppVersion.V201);
        var modelPlaybook = api.put("/api/v1/playbooks", """
                {"faultType": "GHOST_CHARGER", "vendor": "%s", "model": "%s", "steps": [{"step": "CALL_HUMAN"}]}"""
                .formatted(SimulatedChargePoint.VENDOR, SimulatedChargePoint.MODEL));
        assertThat(modelPlaybook.status()).as(modelPlaybook.body()).isEqualTo(200);

        faultOpened(identity, 1, FaultType.GHOST_CHARGER, null);
        JsonNode run = awaitRunEnded(identity);

        assertThat(run.get("playbookId").asString()).isEqualTo(modelPlaybook.json().get("id").asString());
        assertThat(steps(run)).containsExactly("CALL_HUMAN:HUMAN_CALLED");
        assertThat(charger.receivedCalls()).isEmpty();

        api.put("/api/v1/playbooks/" + modelPlaybook.json().get("id").asString(), "{\"enabled\": false}");
        FaultId ignored = faultOpened(identity, 1, FaultType.GHOST_CHARGER, null);
        faultOpened(identity, 1, FaultType.SESSION_FAILED, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/playbook-runs?chargerId=" + identity)
                .json().get("items").size() == 2);
        assertThat(api.get("/api/v1/playbook-runs?chargerId=" + identity).json().findValuesAsString("faultId"))
                .doesNotContain(ignored.toString());
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    private SimulatedChargePoint chargingOnEvse2(String identity, OcppVersion version) {
        String token = "TOKEN-" + identity;
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"" + token + "\", \"type\": \"ISO14443\"}").status())
                .isEqualTo(201);
        SimulatedChargePoint charger = chargers.booted(identity, version);
        charger.remoteControl().evses(2);
        charger.plugIn(2, new SimulatedEv(60_000, 30, 11_000, 3)).authorize(token).start();
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/sessions?chargerId=" + identity).json()
                .get("items").size() == 1);
        return charger;
    }

    private FaultId faultOpened(String identity, Integer evseId, FaultType type, String code) {
        if (evseId != null && type == FaultType.CONNECTOR_ERROR) {
            await().atMost(Duration.ofSeconds(5)).until(() -> "FAULTED".equals(connectorStatus(identity, evseId)));
        }
        FaultId fault = new FaultId(UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(new FaultOpened(fault,
                new ChargerIdentity(identity), evseId, type,
                evseId == null ? FaultSeverity.CRITICAL : FaultSeverity.ERROR, code, "scripted", Instant.now())));
        return fault;
    }

    private JsonNode awaitRunEnded(String identity) {
        await().atMost(Duration.ofSeconds(30)).until(() -> endedRuns(identity) >= 1);
        String id = api.get("/api/v1/playbook-runs?chargerId=" + identity).json().get("items").get(0).get("id")
                .asString();
        return api.get("/api/v1/playbook-runs/" + id).json();
    }

    private int endedRuns(String identity) {
        int ended = 0;
        for (JsonNode run : api.get("/api/v1/playbook-runs?chargerId=" + identity).json().get("items")) {
            if (!run.get("state").asString().equals("RUNNING")) {
                ended++;
            }
        }
        return ended;
    }

    private String connectorStatus(String identity, int evseId) {
        for (JsonNode evse : api.get("/api/v1/chargers/" + identity).json().path("evses")) {
            if (evse.get("evseId").asInt() == evseId) {
                return evse.get("connectors").get(0).get("status").asString();
            }
        }
        return null;
    }

    private static List<String> steps(JsonNode run) {
        return run.get("steps").valueStream()
                .map(step -> step.get("step").asString() + ":" + step.get("outcome").asString()).toList();
    }

    private static List<ReceivedCall> calls(SimulatedChargePoint charger, String action) {
        return charger.receivedCalls().stream().filter(call -> call.action().equals(action)).toList();
    }

    /** Stands in for the alerts module: records every HumanNeeded. */
    @TestConfiguration
    static class HumanNeededCapture {
        private final List<HumanNeeded> captured = new CopyOnWriteArrayList<>();

        @EventListener
        void on(HumanNeeded event) {
            captured.add(event);
        }

        List<HumanNeeded> forCharger(String identity) {
            return captured.stream().filter(h -> h.charger().value().equals(identity)).toList();
        }
    }
}
