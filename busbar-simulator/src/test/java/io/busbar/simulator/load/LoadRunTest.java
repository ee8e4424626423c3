package io.busbar.simulator.load;

import io.busbar.simulator.noop.NoOpOcppServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bounded load runs against the no-op server over real sockets. */
class LoadRunTest {

    @Test
    void fiftyMixedChargersRunThreeSecondsAndABurstWithoutErrors() throws Exception {
        try (NoOpOcppServer server = NoOpOcppServer.start(0, false)) {
            LoadRunConfig config = LoadRunConfig.of(server.url(), ProtocolMix.MIXED, 50, Duration.ofSeconds(3))
                    .withRate(200)
                    .withInterval(Duration.ofSeconds(1))
                    .withBurst(20, "Heartbeat")
                    .withChargersPerClient(20);

            LoadReport report = new LoadRun(config).run();

            assertThat(report.clean()).as(report.toText()).isTrue();
            assertThat(report.connected()).isEqualTo(50);
            assertThat(report.peakConnections()).isEqualTo(50);
            assertThat(report.burstMessages()).isEqualTo(50 * 20);
            assertThat(report.steadyMessages()).isGreaterThanOrEqualTo(50 + 50 * 2 * 2);
            assertThat(report.steadyMessagesPerSecond()).isPositive();
            assertThat(report.latencies()).extracting(LoadReport.ActionLatency::action)
                    .contains("(connect)", "BootNotification", "Heartbeat", "MeterValues", "Heartbeat (burst)");
            assertThat(report.latencies()).allSatisfy(l -> {
                assertThat(l.count()).isPositive();
                assertThat(l.p50Micros()).isLessThanOrEqualTo(l.p95Micros());
                assertThat(l.p95Micros()).isLessThanOrEqualTo(l.p99Micros());
                assertThat(l.p99Micros()).isLessThanOrEqualTo(l.maxMicros());
            });
            assertThat(server.callsAnswered()).isEqualTo(report.steadyMessages() + report.burstMessages());

            JsonNode json = JsonMapper.builder().build().readTree(report.toJson());
            assertThat(json.get("connected").asInt()).isEqualTo(50);
            assertThat(json.at("/latencyMicros/Heartbeat/p99").asLong()).isPositive();
            assertThat(report.toText()).contains("50/50 connected", "p99 ms", "Heartbeat");
        }
    }

    @Test
    void refusesNonLoopbackTargetsUnlessAllowed() {
        LoadRunConfig remote = LoadRunConfig.of("ws://192.0.2.10:8080/ocpp", ProtocolMix.OCPP16, 1, Duration.ZERO);

        assertThatThrownBy(() -> new LoadRun(remote).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--allow-remote");
        LoopbackGuard.requireLoopback("ws://localhost:8080/ocpp");
        LoopbackGuard.requireLoopback("ws://127.0.0.1:8080/ocpp");
    }
}
