package io.busbar.api.control;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static io.busbar.api.control.RemoteControlTest.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Remote start and stop over real sockets: REST → the frame the charger received → its answer → the session the
 * charger then reports, visible in /api/v1/sessions, and ended by a remote stop.
 */
@BusbarTest
class RemoteStartStopTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    /** One token per test: a token with a running session elsewhere is answered ConcurrentTx. */
    String token;

    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
        token = "04DD%010d".formatted(System.nanoTime() % 10_000_000_000L);
        var response = api.post("/api/v1/id-tokens", "{\"value\": \"" + token + "\"}");
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void TC_011_remoteStartFirstStartsASessionAndTC_012_remoteStopEndsIt() {
        SimulatedChargePoint charger = chargers.booted("RS-16", OcppVersion.V16);

        JsonNode started = ok(api.post("/api/v1/chargers/RS-16/commands/remote-start", """
                {"idToken": "%s", "evseId": 1}""".formatted(token)));

        assertThat(started.get("status").asString()).isEqualTo("Accepted");
        JsonNode request = received(charger, "RemoteStartTransaction");
        assertThat(request.get("idTag").asString()).isEqualTo(token);
        assertThat(request.get("connectorId").asInt()).isEqualTo(1);
        JsonNode session = await().atMost(WAIT).until(() -> latestSession("RS-16"),
                s -> s != null && "ACTIVE".equals(s.get("state").asString()));
        assertThat(session.get("evseId").asInt()).isEqualTo(1);

        JsonNode stopped = ok(api.post("/api/v1/sessions/" + session.get("id").asString() + "/stop", null));

        assertThat(stopped.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "RemoteStopTransaction").get("transactionId").asLong())
                .isEqualTo(session.get("transactionNumber").asLong());
        JsonNode ended = await().atMost(WAIT).until(() -> latestSession("RS-16"),
                s -> "ENDED".equals(s.get("state").asString()));
        assertThat(ended.get("stopReason").asString()).isEqualTo("Remote");
        var again = api.post("/api/v1/sessions/" + session.get("id").asString() + "/stop", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/conflict");
    }

    @Test
    void F02_requestStartTransactionCarriesTheRemoteStartIdAndF03_requestStopEndsTheTransaction() {
        SimulatedChargePoint charger = chargers.booted("RS-201", OcppVersion.V201);

        JsonNode started = ok(api.post("/api/v1/chargers/RS-201/commands/remote-start", """
                {"idToken": "%s"}""".formatted(token)));

        assertThat(started.get("status").asString()).isEqualTo("Accepted");
        int remoteStartId = started.get("result").get("remoteStartId").asInt();
        JsonNode request = received(charger, "RequestStartTransaction");
        assertThat(request.get("remoteStartId").asInt()).isEqualTo(remoteStartId);
        assertThat(request.get("idToken").get("idToken").asString()).isEqualTo(token);
        assertThat(request.get("idToken").get("type").asString()).isEqualTo("ISO14443");
        assertThat(request.has("evseId")).isFalse();
        JsonNode session = await().atMost(WAIT).until(() -> latestSession("RS-201"),
                s -> s != null && "ACTIVE".equals(s.get("state").asString()));
        String transactionId = session.get("chargerTransactionId").asString();
        assertThat(transactionId).isEqualTo(charger.runningSessions().on(1).orElseThrow().transactionId());
        JsonNode logged = api.get("/api/v1/commands/" + started.get("commandId").asString()).json();
        assertThat(logged.get("arguments").get("remoteStartId").asInt()).isEqualTo(remoteStartId);

        JsonNode stopped = ok(api.post("/api/v1/chargers/RS-201/commands/remote-stop", """
                {"transactionId": "%s"}""".formatted(transactionId)));

        assertThat(stopped.get("status").asString()).isEqualTo("Accepted");
        assertThat(received(charger, "RequestStopTransaction").get("transactionId").asString()).isEqualTo(transactionId);
        JsonNode ended = await().atMost(WAIT).until(() -> latestSession("RS-201"),
                s -> "ENDED".equals(s.get("state").asString()));
        assertThat(ended.get("stopReason").asString()).isEqualTo("Remote");
    }

    @Test
    void aRemoteStartOnABusyEvseIsRejected() {
        SimulatedChargePoint charger = chargers.booted("RS-BUSY", OcppVersion.V201);
        charger.plugIn(1, new SimulatedEv(60_000, 20, 11_000, 3)).authorize(token).start();

        JsonNode answer = ok(api.post("/api/v1/chargers/RS-BUSY/commands/remote-start", """
                {"idToken": "%s", "evseId": 1, "remoteStartId": 42}""".formatted(token)));

        assertThat(answer.get("status").asString()).isEqualTo("Rejected");
        assertThat(answer.get("result").get("remoteStartId").asInt()).isEqualTo(42);
    }

    @Test
    void remoteStopOfAnUnknownTransactionIsRejectedAndANonNumeric16IdIsInvalid() {
        SimulatedChargePoint charger = chargers.booted("RS-UNKNOWN", OcppVersion.V16);

        JsonNode unknown = ok(api.post("/api/v1/chargers/RS-UNKNOWN/commands/remote-stop", """
                {"transactionId": "999999"}"""));
        var nonNumeric = api.post("/api/v1/chargers/RS-UNKNOWN/commands/remote-stop", """
                {"transactionId": "abc-def"}""");

        assertThat(unknown.get("status").asString()).isEqualTo("Rejected");
        assertThat(nonNumeric.status()).isEqualTo(400);
        assertThat(charger.receivedCalls()).hasSize(1);
    }

    @Test
    void TC_015_hardResetWithTransactionStopsItWithHardReset() {
        SimulatedChargePoint charger = chargers.booted("RS-RESET", OcppVersion.V16);
        ok(api.post("/api/v1/chargers/RS-RESET/commands/remote-start", """
                {"idToken": "%s"}""".formatted(token)));
        await().atMost(WAIT).until(() -> latestSession("RS-RESET"),
                s -> s != null && "ACTIVE".equals(s.get("state").asString()));

        JsonNode answer = ok(api.post("/api/v1/chargers/RS-RESET/commands/reset", """
                {"kind": "Hard"}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        JsonNode ended = await().atMost(WAIT).until(() -> latestSession("RS-RESET"),
                s -> "ENDED".equals(s.get("state").asString()));
        assertThat(ended.get("stopReason").asString()).isEqualTo("HardReset");
        await().atMost(WAIT).until(() -> charger.remoteControl().reset().reboots() == 1);
    }

    @Test
    void changeAvailabilityIsScheduledWhileATransactionRunsAndAppliedWhenItEnds() {
        SimulatedChargePoint charger = chargers.booted("RS-AVAIL", OcppVersion.V16);
        var session = charger.plugIn(1, new SimulatedEv(60_000, 20, 11_000, 3)).authorize(token).start();

        JsonNode answer = ok(api.post("/api/v1/chargers/RS-AVAIL/commands/change-availability", """
                {"evseId": 1, "operative": false}"""));

        assertThat(answer.get("status").asString()).isEqualTo("Scheduled");
        assertThat(received(charger, "ChangeAvailability").get("connectorId").asInt()).isEqualTo(1);
        session.stop(io.busbar.simulator.chargepoint.StopReason.LOCAL);
        await().atMost(WAIT).until(() -> "UNAVAILABLE".equals(api.get("/api/v1/chargers/RS-AVAIL").json()
                .get("evses").valueStream().filter(e -> e.get("evseId").asInt() == 1).findFirst().orElseThrow()
                .get("connectors").get(0).get("status").asString()));
        JsonNode refused = ok(api.post("/api/v1/chargers/RS-AVAIL/commands/remote-start", """
                {"idToken": "%s", "evseId": 1}""".formatted(token)));
        assertThat(refused.get("status").asString()).isEqualTo("Rejected");
    }

    private JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode latestSession(String identity) {
        JsonNode items = api.get("/api/v1/sessions?chargerId=" + identity).json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }
}
