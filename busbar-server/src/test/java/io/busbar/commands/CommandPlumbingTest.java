package io.busbar.commands;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path every remote command takes, shown with ClearCache (1.6 §5.4 / 2.0.1 C11) over real sockets: REST call,
 * the frame the charger received, its answer returned, the audit log; offline, CALLERROR and unknown commands.
 */
@BusbarTest
class CommandPlumbingTest {
    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void clearCacheReachesTheChargerAndItsAnswerIsReturnedAndAudited(OcppVersion version) {
        String identity = "CC-" + version.name();
        SimulatedChargePoint charger = chargers.booted(identity, version);

        var response = api.post("/api/v1/chargers/" + identity + "/commands/clear-cache", null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("Accepted");
        assertThat(body.get("answer").get("status").asString()).isEqualTo("Accepted");
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action).containsExactly("ClearCache");
        JsonNode logged = api.get("/api/v1/commands/" + body.get("commandId").asString()).json();
        assertThat(logged.get("command").asString()).isEqualTo("ClearCache");
        assertThat(logged.get("charger").asString()).isEqualTo(identity);
        assertThat(logged.get("status").asString()).isEqualTo("Accepted");
        assertThat(logged.get("actor").get("kind").asString()).isEqualTo("api-key");
        assertThat(logged.get("completedAt").isNull()).isFalse();
    }

    @Test
    void aRejectedAnswerIsReturnedAsTheChargerSentIt() {
        SimulatedChargePoint charger = chargers.booted("CC-REJECT", OcppVersion.V201);
        charger.onCall("ClearCache", call -> tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("status", "Rejected"));

        var response = api.post("/api/v1/chargers/CC-REJECT/commands", """
                {"command": "ClearCache", "arguments": {}}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("Rejected");
    }

    @Test
    void anOfflineChargerIsA409ProblemAndTheAttemptIsLogged() {
        chargers.register("CC-OFFLINE");

        var response = api.post("/api/v1/chargers/CC-OFFLINE/commands/clear-cache", null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/charger-offline");
        JsonNode log = api.get("/api/v1/chargers/CC-OFFLINE/commands").json().get("items");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("failure").asString()).isEqualTo("OFFLINE");
        assertThat(log.get(0).get("commandId")).isNull();
        assertThat(log.get(0).get("id").asString()).isEqualTo(response.json().get("commandId").asString());
    }

    @Test
    void aCallErrorIsA502ProblemWithTheErrorCode() {
        SimulatedChargePoint charger = chargers.booted("CC-ERR", OcppVersion.V16);
        charger.onCall("ClearCache", call -> {
            throw new RpcException(RpcError.NOT_SUPPORTED, "no cache here");
        });

        var response = api.post("/api/v1/chargers/CC-ERR/commands/clear-cache", null);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().get("errorCode").asString()).isEqualTo("NotSupported");
        JsonNode log = api.get("/api/v1/chargers/CC-ERR/commands").json().get("items");
        assertThat(log.get(0).get("failure").asString()).isEqualTo("CALL_ERROR");
    }

    @Test
    void anUnknownCommandOrChargerIsRefusedWithoutSendingAnything() {
        SimulatedChargePoint charger = chargers.booted("CC-UNKNOWN", OcppVersion.V16);

        var unknownCommand = api.post("/api/v1/chargers/CC-UNKNOWN/commands", """
                {"command": "SelfDestruct", "arguments": {}}""");
        var unknownCharger = api.post("/api/v1/chargers/NOPE/commands/clear-cache", null);

        assertThat(unknownCommand.status()).isEqualTo(400);
        assertThat(unknownCommand.json().get("detail").asString()).contains("ClearCache");
        assertThat(unknownCharger.status()).isEqualTo(404);
        assertThat(charger.receivedCalls()).isEmpty();
    }
}
