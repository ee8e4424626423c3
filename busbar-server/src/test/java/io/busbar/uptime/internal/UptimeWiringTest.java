package io.busbar.uptime.internal;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real flows into the uptime intervals: OCPP status and presence over a socket, and the start-up backfill. */
@BusbarTest
class UptimeWiringTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntervalBackfill backfill;

    SimulatedChargers chargers;

    @AfterEach
    void closeChargers() {
        if (chargers != null) {
            chargers.close();
        }
    }

    @Test
    void statusNotificationsAndADroppedConnectionBecomeDowntimeOverARealSocket() throws Exception {
        chargers = new SimulatedChargers(port);
        SimulatedChargePoint charger = chargers.booted("UPT-WIRE", OcppVersion.V16);
        charger.statusNotification(1, 1, "Faulted").get(10, TimeUnit.SECONDS);
        String report = "/api/v1/uptime?chargerId=UPT-WIRE&from=" + Instant.now().minus(Duration.ofHours(1))
                + "&to=" + Instant.now().plus(Duration.ofDays(1));

        // the faults module opens a CONNECTOR_ERROR fault for it: the downtime is charged to that fault
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(causes(ApiClient.admin(port).get(report).json())).contains("CONNECTOR_ERROR"));

        charger.disconnect();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(causes(ApiClient.admin(port).get(report).json())).contains("OFFLINE"));
    }

    @Test
    void theHistoryRecordedBeforeUptimeExistedIsBackfilledAtStartUp() {
        assertThat(ApiClient.admin(port).post("/api/v1/chargers", "{\"identity\": \"UPT-HIST\"}").status()).isEqualTo(201);
        Instant t0 = Instant.parse("2026-08-01T00:00:00Z");
        presence(true, t0);
        status("AVAILABLE", t0);
        status("FAULTED", t0.plus(Duration.ofHours(2)));
        status("FAULTED", t0.plus(Duration.ofHours(2))); // a duplicate report: the latest of an instant counts once
        status("AVAILABLE", t0.plus(Duration.ofHours(3)));
        presence(false, t0.plus(Duration.ofHours(5)));
        presence(true, t0.plus(Duration.ofHours(6)));

        backfill.backfill();
        backfill.backfill(); // once per charger: a second run adds nothing

        JsonNode figures = ApiClient.admin(port).get("/api/v1/uptime?chargerId=UPT-HIST&from=2026-08-01T00:00:00Z"
                + "&to=2026-08-01T10:00:00Z").json().get("evses").get(0).get("figures");
        assertThat(figures.get("downSeconds").asLong()).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThat(figures.get("upSeconds").asLong()).isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(causes(ApiClient.admin(port).get("/api/v1/uptime?chargerId=UPT-HIST&from=2026-08-01T00:00:00Z"
                + "&to=2026-08-01T10:00:00Z").json())).containsExactly("OFFLINE", "STATUS_FAULTED");
    }

    private void status(String status, Instant at) {
        jdbc.sql("""
                        INSERT INTO connector_status_events (charger, evse_id, connector_id, status, reported_at, received_at)
                        VALUES ('UPT-HIST', 1, 1, :status, :at, :at)""")
                .param("status", status).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    private void presence(boolean online, Instant at) {
        jdbc.sql("INSERT INTO charger_presence_events (charger, online, at) VALUES ('UPT-HIST', :online, :at)")
                .param("online", online).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    private static List<String> causes(JsonNode report) {
        return report.get("network").get("costliest").valueStream().map(c -> c.get("cause").asString()).toList();
    }
}
