package io.busbar;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.MutableClock;
import io.busbar.testing.RestApi;
import io.busbar.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kill -9 Busbar in the middle of a session, start it again: everything acknowledged before the kill is there,
 * and the charger's queued and retried StopTransaction closes the same session exactly once. Busbar runs as a
 * separate JVM so the kill is real (SIGKILL: no shutdown hooks, no flush).
 */
class CrashRecoveryTest {
    private static final String IDENTITY = "CRASH-CP-01";
    private static final String TOKEN = "CRASH-CARD-01";
    private Process busbar;

    @AfterEach
    void stopBusbar() {
        if (busbar != null) {
            busbar.destroyForcibly();
        }
    }

    @Test
    @DisplayName("Killing Busbar mid-session loses nothing acknowledged; the retried Stop closes the session once")
    void acknowledgedDataSurvivesKillAndRetriedStopClosesSessionOnce() throws Exception {
        String databaseUrl = TestDatabase.createFreshDatabase();
        int port = freePort();
        Path log = Files.createTempFile("busbar-crash", ".log");
        busbar = startBusbar(databaseUrl, port, log);
        RestApi api = new RestApi(port);
        api.post("/api/v1/chargers", Map.of("identity", IDENTITY));
        api.post("/api/v1/id-tokens", Map.of("value", TOKEN));

        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
        try (SimulatedChargePoint cp = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", IDENTITY,
                OcppVersion.V16).clock(clock).callTimeout(Duration.ofSeconds(5)).connect()) {
            cp.boot().get(10, TimeUnit.SECONDS);
            int transactionId = cp.startTransaction(1, TOKEN, 10_000).get(10, TimeUnit.SECONDS).transactionId();
            clock.advance(Duration.ofMinutes(10));
            cp.meterValues(1, transactionId, List.of(new MeterReading(clock.instant(),
                    MeterReading.ReadingContext.SAMPLE_PERIODIC, 11_800, 11_000, 3, 16, 230, 55))).get(10, TimeUnit.SECONDS);

            busbar.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            cp.disconnect();
            clock.advance(Duration.ofMinutes(10));
            cp.stopTransaction(transactionId, TOKEN, 13_600, "Local");
            assertThat(cp.queuedWhileOffline()).isEqualTo(1);

            busbar = startBusbar(databaseUrl, port, log);
            cp.reconnect();
            await().atMost(Duration.ofSeconds(20)).until(() -> cp.queuedWhileOffline() == 0);
            // The charger did not see the first answer (say the socket dropped again) and retries.
            cp.stopTransaction(transactionId, TOKEN, 13_600, "Local").get(10, TimeUnit.SECONDS);

            JsonNode session = api.onlySessionOf(IDENTITY);
            assertThat(session.get("transactionNumber").asInt()).isEqualTo(transactionId);
            assertThat(session.get("state").asString()).isEqualTo("ENDED");
            assertThat(session.get("energyWh").asLong()).isEqualTo(3_600);
            JsonNode readings = api.get("/api/v1/sessions/" + session.get("id").asString() + "/meter-values");
            assertThat(readings.findValuesAsString("value")).isNotEmpty();
            assertThat(readings.findValuesAsString("measurand")).contains("SoC");
        }
    }

    private static Process startBusbar(String databaseUrl, int port, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BusbarApplication.class.getName(),
                "--server.port=" + port,
                "--busbar.database.url=" + databaseUrl,
                "--busbar.database.user=postgres",
                "--busbar.database.pool-size=5",
                "--busbar.api.admin-api-key=" + RestApi.TEST_ADMIN_KEY,
                "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .failFast("Busbar exited; see " + log, () -> !process.isAlive())
                .ignoreExceptions().until(() -> {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        });
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
