package io.busbar.alerts;

import io.busbar.api.ApiClient;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6 end to end, with nothing published by the test: simulated chargers fail in scripted ways over real
 * sockets, the faults module opens the faults, the playbooks act, and what software cannot fix reaches a human as a
 * ticket and a signed webhook alert. The EVSE a soft reset cures is never escalated, and a session charging on
 * another EVSE of the broken charger is never interrupted.
 */
@BusbarTest
@TestPropertySource(properties = {
        "busbar.self-healing.enabled=true",
        "busbar.self-healing.poll-interval=100ms",
        "busbar.faults.check-interval=200ms",
        "busbar.alerts.delivery-interval=200ms",
        "busbar.alerts.check-interval=1s"})
class SelfHealingEndToEndTest {
    private static final String SECRET = "whsec-e2e-0123456789abcdef";
    /** The operator's playbook for connector errors, with waits short enough for a test. */
    private static final String CONNECTOR_ERROR_PLAYBOOK = """
            {"faultType": "CONNECTOR_ERROR", "steps": [{"step": "SOFT_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 3},
             {"step": "HARD_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 3}, {"step": "UNLOCK_CONNECTOR"},
             {"step": "WAIT_RECOVERY", "seconds": 1}, {"step": "MARK_UNAVAILABLE"}, {"step": "CALL_HUMAN"}]}""";

    @LocalServerPort
    int port;
    ApiClient api;
    SimulatedChargers chargers;
    WebhookReceiver webhook;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        chargers = new SimulatedChargers(port);
        webhook = new WebhookReceiver();
        var playbook = api.put("/api/v1/playbooks", CONNECTOR_ERROR_PLAYBOOK);
        assertThat(playbook.status()).as(playbook.body()).isEqualTo(200);
        // a fault must stay open a minute before it alerts; a playbook giving up alerts at once
        var rule = api.post("/api/v1/alert-rules", """
                {"name": "on-call", "minSeverity": "ERROR", "minDurationSeconds": 60, "webhookSecret": "%s",
                 "levels": [{"afterSeconds": 0, "webhooks": ["%s"]}]}""".formatted(SECRET, webhook.url("/on-call")));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
        webhook.close();
    }

    @Test
    void theRecoveredEvseIsNeverEscalatedAndTheBrokenOneEndsAsATicketAndAnAlertWithoutStoppingAHealthySession() {
        // A 1.6 charger whose EVSE a soft reset cures.
        SimulatedChargePoint recovers = chargers.booted("E2E-RECOVERS", OcppVersion.V16);
        recovers.faults().faulted(1, Cure.SOFT_RESET, "GroundFailure");
        // A 2.0.1 charger whose EVSE 1 no reset cures, while an EV charges on its EVSE 2.
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"E2E-HEAL-CARD\"}").status()).isEqualTo(201);
        SimulatedChargePoint broken = chargers.booted("E2E-BROKEN", OcppVersion.V201);
        broken.remoteControl().evses(2);
        broken.plugIn(2, new SimulatedEv(60_000, 30, 11_000, 3)).authorize("E2E-HEAL-CARD").start();
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions("E2E-BROKEN").size() == 1);
        broken.faults().faulted(1, Cure.NONE);

        JsonNode recovered = awaitRunEnded("E2E-RECOVERS");
        assertThat(recovered.get("state").asString()).isEqualTo("RECOVERED");
        assertThat(steps(recovered)).containsExactly("SOFT_RESET:SENT", "WAIT_RECOVERY:RECOVERED");
        JsonNode recoveredFault = faults("E2E-RECOVERS").getFirst();
        assertThat(recoveredFault.get("type").asString()).isEqualTo("CONNECTOR_ERROR");
        assertThat(recoveredFault.get("code").asString()).isEqualTo("GroundFailure");
        await().atMost(Duration.ofSeconds(10)).until(() -> !faults("E2E-RECOVERS").getFirst().get("closedAt").isNull());
        assertThat(recovered.get("faultId").asString()).isEqualTo(recoveredFault.get("id").asString());

        JsonNode escalated = awaitRunEnded("E2E-BROKEN");
        assertThat(escalated.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(steps(escalated)).startsWith("SOFT_RESET:SENT", "WAIT_RECOVERY:NOT_RECOVERED", "HARD_RESET:SENT")
                .endsWith("MARK_UNAVAILABLE:SENT", "CALL_HUMAN:HUMAN_CALLED");
        // B12: each reset was for the faulted EVSE only; the session on EVSE 2 kept charging throughout
        List<ReceivedCall> resets = broken.receivedCalls().stream().filter(c -> c.action().equals("Reset")).toList();
        assertThat(resets).hasSize(2).allSatisfy(reset -> assertThat(reset.payload().get("evseId").asInt()).isEqualTo(1));
        assertThat(broken.runningSessions().on(2)).isPresent();
        assertThat(sessions("E2E-BROKEN").getFirst().get("state").asString()).isEqualTo("ACTIVE");

        // the human gets exactly one ticket and a signed alert; the EVSE is out of drivers' reach
        await().atMost(Duration.ofSeconds(10)).until(() -> tickets("E2E-BROKEN").size() == 1);
        JsonNode ticket = tickets("E2E-BROKEN").getFirst();
        assertThat(ticket.get("origin").asString()).isEqualTo("PLAYBOOK_RUN");
        assertThat(ticket.get("originRef").asString()).isEqualTo(escalated.get("id").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> webhook.received("/on-call").stream()
                .anyMatch(r -> r.body().contains("E2E-BROKEN")));
        WebhookReceiver.Received delivered = webhook.received("/on-call").stream()
                .filter(r -> r.body().contains("E2E-BROKEN")).findFirst().orElseThrow();
        assertThat(delivered.signature()).startsWith("t=").contains(",v1=");
        assertThat(delivered.body()).contains("HUMAN_NEEDED");
        assertThat(availability("E2E-BROKEN", 1)).isIn("OUT_OF_ORDER", "UNAVAILABLE");

        // the recovered charger: no ticket, no alert, available to drivers again
        assertThat(tickets("E2E-RECOVERS")).isEmpty();
        assertThat(api.get("/api/v1/alerts?chargerId=E2E-RECOVERS").json().get("items")).isEmpty();
        assertThat(webhook.received("/on-call")).noneMatch(r -> r.body().contains("E2E-RECOVERS"));
        assertThat(availability("E2E-RECOVERS", 1)).isEqualTo("AVAILABLE");
    }

    private JsonNode awaitRunEnded(String charger) {
        await().atMost(Duration.ofSeconds(45)).until(() -> api.get("/api/v1/playbook-runs?chargerId=" + charger).json()
                .get("items").valueStream().anyMatch(run -> !run.get("state").asString().equals("RUNNING")));
        String id = api.get("/api/v1/playbook-runs?chargerId=" + charger).json().get("items").get(0).get("id").asString();
        return api.get("/api/v1/playbook-runs/" + id).json();
    }

    private List<JsonNode> faults(String charger) {
        return api.get("/api/v1/faults?chargerId=" + charger + "&type=CONNECTOR_ERROR").json().get("items")
                .valueStream().toList();
    }

    private List<JsonNode> tickets(String charger) {
        return api.get("/api/v1/tickets?chargerId=" + charger).json().get("items").valueStream().toList();
    }

    private List<JsonNode> sessions(String charger) {
        return api.get("/api/v1/sessions?chargerId=" + charger).json().get("items").valueStream().toList();
    }

    private String availability(String charger, int evseId) {
        return api.get("/api/v1/availability").json().get("items").valueStream()
                .filter(e -> e.get("chargerId").asString().equals(charger) && e.get("evseId").asInt() == evseId)
                .map(e -> e.get("availability").asString()).findFirst().orElse(null);
    }

    private static List<String> steps(JsonNode run) {
        return run.get("steps").valueStream()
                .map(step -> step.get("step").asString() + ":" + step.get("outcome").asString()).toList();
    }
}
