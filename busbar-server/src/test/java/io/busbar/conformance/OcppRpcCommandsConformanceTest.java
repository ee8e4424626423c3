package io.busbar.conformance;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every remote command Busbar sends, checked by an independent OCPP-J implementation: two ocpp-rpc stations in
 * strict mode (1.6 and 2.0.1) validate each incoming CALL against the official schemas and refuse invalid ones
 * (which would fail the REST call here); the script also reports any schema failure it saw.
 */
@BusbarTest
class OcppRpcCommandsConformanceTest {
    private static final Path CONFORMANCE = Path.of("..", "conformance").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    /** A command by name with its arguments, and the actions each version must have received for it. */
    record Case(String command, Map<String, Object> arguments, String action16, String action201) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("ClearCache", Map.of(), "ClearCache", "ClearCache"),
                new Case("Reset", Map.of("kind", "HARD"), "Reset", "Reset"),
                new Case("Reset", Map.of("kind", "SOFT"), "Reset", "Reset"),
                new Case("UnlockConnector", Map.of("evseId", 1, "connectorId", 1), "UnlockConnector", "UnlockConnector"),
                new Case("ChangeAvailability", Map.of("evseId", 1, "operative", false), "ChangeAvailability", "ChangeAvailability"),
                new Case("ChangeAvailability", Map.of("operative", true), "ChangeAvailability", "ChangeAvailability"),
                new Case("TriggerMessage", Map.of("message", "StatusNotification", "evseId", 1, "connectorId", 1),
                        "TriggerMessage", "TriggerMessage"),
                new Case("TriggerMessage", Map.of("message", "Heartbeat"), "TriggerMessage", "TriggerMessage"),
                new Case("DataTransfer", Map.of("vendorId", "org.example", "messageId", "Ping", "data", "hello"),
                        "DataTransfer", "DataTransfer"),
                new Case("RemoteStart", Map.of("idToken", "CARD-0001", "evseId", 1), "RemoteStartTransaction",
                        "RequestStartTransaction"),
                new Case("RemoteStop", Map.of("transactionId", "42"), "RemoteStopTransaction", "RequestStopTransaction"),
                new Case("GetCompositeSchedule", Map.of("evseId", 1, "durationSeconds", 3600, "chargingRateUnit", "A"),
                        "GetCompositeSchedule", "GetCompositeSchedule"),
                new Case("ReserveNow", Map.of("reservationId", 7, "evseId", 1, "idToken", "CARD-0001",
                        "expiresAt", "2030-01-01T10:00:00Z"), "ReserveNow", "ReserveNow"),
                new Case("CancelReservation", Map.of("reservationId", 7), "CancelReservation", "CancelReservation"),
                new Case("SendLocalList", Map.of("versionNumber", 3, "updateType", "FULL", "entries", List.of(
                        Map.of("idToken", "CARD-0001", "status", "Accepted", "expiresAt", "2030-01-01T00:00:00Z"),
                        Map.of("idToken", "CARD-0002", "status", "Blocked"))), "SendLocalList", "SendLocalList"),
                new Case("SendLocalList", Map.of("versionNumber", 4, "updateType", "DIFFERENTIAL", "entries", List.of(
                        Map.of("idToken", "CARD-0002"))), "SendLocalList", "SendLocalList"),
                new Case("GetLocalListVersion", Map.of(), "GetLocalListVersion", "GetLocalListVersion"),
                new Case("UpdateFirmware", Map.of("location", "https://fw.example.com/acme-2.1.bin",
                        "retrieveAt", "2026-11-27T10:00:00Z", "retries", 2, "requestId", 5, "installAt", "2026-11-27T11:00:00Z"),
                        null, "UpdateFirmware"),
                new Case("UpdateFirmware", Map.of("location", "https://fw.example.com/acme-2.1.bin",
                        "retrieveAt", "2026-11-27T10:00:00Z"), "UpdateFirmware", null),
                new Case("GetLog", Map.of("logType", "DiagnosticsLog", "requestId", 9,
                        "remoteLocation", "https://logs.example.com/upload", "oldest", "2026-11-20T00:00:00Z"),
                        "GetDiagnostics", "GetLog"),
                new Case("SetDisplayMessage", Map.of("id", 1, "priority", "NormalCycle", "content", "Welcome",
                        "format", "UTF8"), null, "SetDisplayMessage"),
                new Case("GetDisplayMessages", Map.of(), null, "GetDisplayMessages"),
                new Case("ClearDisplayMessage", Map.of("id", 1), null, "ClearDisplayMessage"),
                new Case("GetConfiguration", Map.of("keys", List.of("HeartbeatInterval")), "GetConfiguration", null),
                new Case("GetConfiguration", Map.of(), "GetConfiguration", null),
                new Case("ChangeConfiguration", Map.of("key", "HeartbeatInterval", "value", "300"),
                        "ChangeConfiguration", null),
                new Case("GetVariables", Map.of("variables", List.of(
                        Map.of("component", "OCPPCommCtrlr", "variable", "HeartbeatInterval"),
                        Map.of("component", "EVSE", "evseId", 1, "variable", "AvailabilityState"))),
                        null, "GetVariables"),
                new Case("SetVariables", Map.of("variables", List.of(Map.of("variable",
                        Map.of("component", "OCPPCommCtrlr", "variable", "HeartbeatInterval"), "value", "300"))),
                        null, "SetVariables"),
                new Case("GetBaseReport", Map.of("requestId", 11, "reportBase", "FullInventory"), null, "GetBaseReport"),
                new Case("GetReport", Map.of("requestId", 12, "componentCriteria", List.of("Problem")), null, "GetReport"));
    }

    @Test
    @DisplayName("ocpp-rpc strict stations accept every command Busbar sends, both versions, 0 schema failures")
    void everyCommandIsSchemaValidForAnIndependentPeer() throws Exception {
        assertThat(CONFORMANCE.resolve("node_modules/ocpp-rpc")).as(
                "ocpp-rpc is not installed: run bin/test, or `npm install --no-package-lock` in conformance/").exists();
        RestApi rest = new RestApi(port);
        rest.post("/api/v1/chargers", Map.of("identity", "CMD-16"));
        rest.post("/api/v1/chargers", Map.of("identity", "CMD-201"));
        Process node = new ProcessBuilder("node", "ocpp-rpc-commands.mjs", "--url", "ws://127.0.0.1:" + port + "/ocpp",
                "--prefix", "CMD").directory(CONFORMANCE.toFile()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (Exception ignored) {
                // the process ended
            }
        });
        try {
            await().atMost(60, TimeUnit.SECONDS).until(() -> output.contains("READY") || !node.isAlive());
            assertThat(output).as("node output").contains("READY");

            ApiClient api = ApiClient.admin(port);
            List<String> expected16 = new ArrayList<>();
            List<String> expected201 = new ArrayList<>();
            for (Case c : cases()) {
                String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(
                        Map.of("command", c.command(), "arguments", c.arguments()));
                var on16 = api.post("/api/v1/chargers/CMD-16/commands", body);
                var on201 = api.post("/api/v1/chargers/CMD-201/commands", body);
                assertAnswered(c, c.action16(), on16, expected16);
                assertAnswered(c, c.action201(), on201, expected201);
            }

            node.getOutputStream().close(); // ends the script
            assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("script ended").isTrue();
            reader.join(5_000);
            System.out.println(String.join("\n", output));
            assertThat(output.stream().filter(l -> l.startsWith("CALL CMD-16 ")).map(l -> l.split(" ")[2]).toList())
                    .containsExactlyElementsOf(expected16);
            assertThat(output.stream().filter(l -> l.startsWith("CALL CMD-201 ")).map(l -> l.split(" ")[2]).toList())
                    .containsExactlyElementsOf(expected201);
            assertThat(output).noneMatch(l -> l.startsWith("SCHEMA"))
                    .contains("received " + (expected16.size() + expected201.size()) + " calls, 0 schema failures");
            assertThat(node.exitValue()).isZero();
        } finally {
            node.destroyForcibly();
        }
    }

    private static void assertAnswered(Case c, String action, ApiClient.Response response, List<String> expected) {
        if (action == null) {
            // The version has no such operation (or the arguments are the other version's): nothing is sent.
            assertThat(response.status()).as(c + " " + response.body()).isIn(400, 422);
            return;
        }
        assertThat(response.status()).as(c + " " + response.body()).isEqualTo(200);
        expected.add(action);
    }
}
