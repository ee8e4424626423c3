package io.busbar.simulator.cli;

import io.busbar.simulator.noop.NoOpOcppServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runsSessionsInFastSimulatedTimeAndExitsZero() throws Exception {
        try (NoOpOcppServer server = NoOpOcppServer.start(0, true)) {
            int status = run("--url", server.url(), "--protocol", "mixed", "--chargers", "2", "--duration", "3s",
                    "--speed", "36000", "--tokens", "TAG-A,TAG-B");

            assertThat(status).as(text(err)).isZero();
            assertThat(text(out)).contains("Simulating 2 mixed chargers", "final", "errors 0");
            assertThat(server.receivedFrames("SIM-0001")).anySatisfy(f -> assertThat(f).contains("StopTransaction"));
            assertThat(server.receivedFrames("SIM-0002")).anySatisfy(f -> assertThat(f).contains("\"Ended\""));
            assertThat(server.receivedFrames("SIM-0001").getFirst()).contains("BootNotification");
        }
    }

    @Test
    void loadModeWritesTheJsonReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        try (NoOpOcppServer server = NoOpOcppServer.start(0, false)) {
            int status = run("--load", "--url", server.url(), "--protocol", "ocpp2.0.1", "--chargers", "5",
                    "--duration", "2s", "--interval", "1s", "--burst", "3", "--report", report.toString());

            assertThat(status).as(text(out) + text(err)).isZero();
        }
        assertThat(text(out)).contains("5/5 connected", "p99 ms");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("connected").asInt()).isEqualTo(5);
        assertThat(json.get("burstMessages").asLong()).isEqualTo(15);
    }

    @Test
    void badArgumentsExitTwoWithUsage() throws Exception {
        assertThat(run("--url", "ws://localhost:1/ocpp", "--chargers", "many")).isEqualTo(2);
        assertThat(text(err)).contains("--chargers must be a whole number", "Usage:");
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run("--load", "--url", "ws://192.0.2.10:1/ocpp")).isEqualTo(2);
        assertThat(text(err)).contains("--allow-remote");
    }

    @Test
    void parsesDurations() {
        assertThat(CliArguments.parseDuration("d", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(CliArguments.parseDuration("d", "10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(CliArguments.parseDuration("d", "2h")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> CliArguments.parseDuration("duration", "ten minutes"))
                .hasMessageContaining("--duration must look like");
    }

    @Test
    void passwordFileHasASharedPasswordOrOnePerIdentity(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("passwords");
        Files.writeString(file, "shared-secret\nSIM-0002=own=secret\n");

        PasswordFile passwords = PasswordFile.read(file);

        assertThat(passwords.passwordOf("SIM-0001")).contains("shared-secret");
        assertThat(passwords.passwordOf("SIM-0002")).contains("own=secret");
    }

    private int run(String... args) throws InterruptedException {
        return SimulatorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
