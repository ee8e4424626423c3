package io.busbar.commands;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A charger that does not answer in time: the operator gets a 504 within the call timeout, never a hang. */
@BusbarTest
@TestPropertySource(properties = "busbar.ocpp.call-timeout=700ms")
class CommandTimeoutTest {
    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        release.countDown();
        chargers.close();
    }

    @Test
    void aSilentChargerIsA504AndTheLogSaysTimeoutAndTheChargerStaysUsable() throws Exception {
        chargers = new SimulatedChargers(port);
        SimulatedChargePoint charger = chargers.booted("CC-SLOW", OcppVersion.V201);
        charger.onCall("ClearCache", call -> {
            try {
                release.await(10, TimeUnit.SECONDS); // a charger busy with something else
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonNodeFactory.instance.objectNode().put("status", "Accepted");
        });
        ApiClient api = ApiClient.admin(port);

        long started = System.nanoTime();
        var response = api.post("/api/v1/chargers/CC-SLOW/commands/clear-cache", null);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(response.status()).as(response.body()).isEqualTo(504);
        assertThat(response.json().get("type").asString()).endsWith("/command-timeout");
        assertThat(tookMs).as("answered within the call timeout, not hanging").isLessThan(5_000);
        JsonNode logged = api.get("/api/v1/commands/" + response.json().get("commandId").asString()).json();
        assertThat(logged.get("failure").asString()).isEqualTo("TIMEOUT");

        // The late answer is ignored; the next command goes through once the charger answers again.
        release.countDown();
        charger.onCall("ClearCache", call -> JsonNodeFactory.instance.objectNode().put("status", "Accepted"));
        var next = api.post("/api/v1/chargers/CC-SLOW/commands/clear-cache", null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("status").asString()).isEqualTo("Accepted");
    }
}
