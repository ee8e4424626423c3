package io.busbar.demo;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.noop.NoOpOcppServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The fleet over real WebSockets against the simulator's no-op OCPP server, which accepts everything. */
class SimulatedFleetTest {
    private static final List<DemoCharger> TWO_CHARGERS = List.of(
            new DemoCharger("DEMO-16-01", OcppVersion.V16, "password-of-16-01-abcdef", "DEMO-CARD-0001"),
            new DemoCharger("DEMO-201-01", OcppVersion.V201, "password-of-201-01-abcde", "DEMO-CARD-0002"));

    private NoOpOcppServer server;
    private SimulatedFleet fleet;

    @BeforeEach
    void startServer() throws IOException {
        server = NoOpOcppServer.start(0, true);
    }

    @AfterEach
    void stopAll() {
        if (fleet != null) {
            fleet.stop(Duration.ofSeconds(5));
        }
        server.close();
    }

    @Test
    void chargersOfBothVersionsBootAndCompleteSessions() {
        // 3600x: a 10-minute stay takes a sixth of a second, so sessions follow each other quickly.
        fleet = new SimulatedFleet(TWO_CHARGERS, server.url(), 3600, Duration.ofMinutes(10), Clock.systemUTC(), 1);
        fleet.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> fleet.completedSessions() >= 4);

        assertThat(actions("DEMO-16-01")).contains("BootNotification", "StatusNotification", "Authorize",
                "StartTransaction", "MeterValues", "StopTransaction");
        assertThat(actions("DEMO-201-01")).contains("BootNotification", "StatusNotification", "Authorize",
                "TransactionEvent");
        assertThat(server.receivedFrames("DEMO-16-01")).anyMatch(frame -> frame.contains("\"DEMO-CARD-0001\""));
        assertThat(fleet.failures()).isZero();
    }

    @Test
    void stoppingEndsRunningSessionsAndDisconnectsEveryCharger() {
        // 600x: EVs arrive within 3 s and stay at least 4.5 s, long enough to be caught charging.
        fleet = new SimulatedFleet(TWO_CHARGERS, server.url(), 600, Duration.ofMinutes(90), Clock.systemUTC(), 2);
        fleet.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> fleet.activeSessions() == 2);

        long started = System.nanoTime();
        boolean clean = fleet.stop(Duration.ofSeconds(10));

        assertThat(clean).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(fleet.activeSessions()).isZero();
        assertThat(fleet.connectedChargers()).isZero();
        assertThat(server.receivedFrames("DEMO-16-01"))
                .anyMatch(frame -> frame.contains("StopTransaction") && frame.contains("\"reason\":\"Other\""));
        assertThat(server.receivedFrames("DEMO-201-01"))
                .anyMatch(frame -> frame.contains("TransactionEvent") && frame.contains("\"Ended\""));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connectedCount() == 0);
    }

    @Test
    void aRefusedConnectionIsRetriedAndNeverBlocksStopping() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        fleet = new SimulatedFleet(TWO_CHARGERS, "ws://127.0.0.1:" + closedPort + "/ocpp", 60,
                Duration.ofMinutes(90), Clock.systemUTC(), 3);
        fleet.start();

        // Each charger fails at once, then again after the first 1 s backoff.
        await().atMost(Duration.ofSeconds(10)).until(() -> fleet.failures() >= 4);
        long started = System.nanoTime();

        assertThat(fleet.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(fleet.connectedChargers()).isZero();
    }

    private List<String> actions(String identity) {
        return server.receivedFrames(identity).stream()
                .filter(frame -> frame.startsWith("[2,"))
                .map(frame -> frame.split("\"")[3])
                .toList();
    }
}
