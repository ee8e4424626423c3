package io.busbar.demo;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.sessions.SessionState;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bin/busbar --demo} as a newcomer runs it, sped up: the fleet starts by itself once Busbar is ready and
 * its chargers charge through Busbar's own OCPP endpoint, so sessions of both versions show up in the domain and
 * in the REST API. Needs the gateway and the OCPP adapters (the whole application).
 */
@BusbarTest
@TestPropertySource(properties = {"busbar.demo.enabled=true", "busbar.demo.chargers=2", "busbar.demo.speed=600",
        "busbar.demo.session-minutes=20"})
class DemoFleetEndToEndTest {
    @Autowired
    DemoFleet fleet;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    SessionQueries sessions;
    @Value("${local.server.port}")
    int port;
    @Value("${busbar.api.admin-api-key}")
    String apiKey;

    @AfterEach
    void stopFleet() {
        fleet.halt();
    }

    @Test
    void chargersOfBothVersionsCompleteSessionsVisibleInBusbar() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.completedSessions() >= 4);

        for (String identity : List.of("DEMO-16-01", "DEMO-201-01")) {
            Charger charger = registry.find(new ChargerIdentity(identity)).orElseThrow();
            assertThat(charger.online()).as(identity + " online").isTrue();
            List<Session> ended = sessions.list(
                    new SessionFilter(charger.identity(), null, SessionState.ENDED, null, null), null, 50);
            // Each demo site is under load management: a 2.0.1 session starts suspended (SuspendedEVSE) until its
            // first allocation arrives; at a 3,600-fold speed whole visits ended before it (0 Wh each). At 600-fold a
            // visit lasts about two seconds; a short one may still end first, so some (not all) must charge.
            assertThat(ended).as(identity + " ended sessions").isNotEmpty()
                    .anySatisfy(session -> assertThat(session.energy().wattHours()).isPositive());
        }
        assertThat(get("/api/v1/chargers")).contains("DEMO-16-01", "DEMO-201-01");
        assertThat(get("/api/v1/sessions")).contains("DEMO-16-01", "DEMO-201-01");
    }

    private String get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }
    }
}
