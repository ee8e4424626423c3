package io.busbar.webhooks;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real event sources over a real socket: a simulated OCPP 1.6 charger boots, charges and stops, and its
 * webhooks arrive signed, in order: online, session started, one throttled update, session ended.
 */
@BusbarTest
@TestPropertySource(properties = {"busbar.webhooks.poll-interval=50ms", "busbar.webhooks.session-update-interval=1h"})
class WebhookSessionEndToEndTest {
    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();
    private static final String CHARGER = "HOOK-E2E-16";
    private static final String CARD = "HOOK-E2E-CARD";

    @LocalServerPort
    int port;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void aSessionOnASimulatedChargerArrivesSignedAndInOrder() throws Exception {
        ApiClient api = ApiClient.admin(port);
        var webhook = api.post("/api/v1/webhooks", "{\"url\": \"" + RECEIVER.url("/e2e") + "\"}");
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        String secret = webhook.json().get("secret").asString();
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"" + CARD + "\"}").status()).isEqualTo(201);

        try (SimulatedChargers chargers = new SimulatedChargers(port)) {
            chargers.register(CHARGER);
            SimulatedChargePoint charger = chargers.booted(CHARGER, OcppVersion.V16);
            Instant now = Instant.now();
            int tx = charger.startTransaction(1, CARD, 0).get(10, TimeUnit.SECONDS).transactionId();
            for (int minute = 1; minute <= 3; minute++) {
                charger.meterValues(1, tx, List.of(new MeterReading(now.plusSeconds(60L * minute),
                        MeterReading.ReadingContext.SAMPLE_PERIODIC, 200L * minute, 11_000, 3, 16, 230, 40 + minute)))
                        .get(10, TimeUnit.SECONDS);
            }
            // session.updated is recorded just after the readings' commit, and never once the session has ended:
            // a stop in the same instant may rightly leave none, so the charger stops once it is recorded.
            await().atMost(Duration.ofSeconds(20)).until(() -> types().contains("session.updated"));
            charger.stopTransaction(tx, CARD, 1_000, "Local").get(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(20)).until(() -> types().contains("session.ended"));
        }
        List<WebhookReceiver.Received> received = RECEIVER.received("/e2e");
        assertThat(received).allSatisfy(request -> assertThat(request.signedWith(secret)).isTrue());
        assertThat(received).allSatisfy(request -> assertThat(request.json().get("chargerId").asString())
                .isEqualTo(CHARGER));
        List<String> types = types();
        assertThat(types).contains("charger.status");
        assertThat(types.stream().filter(type -> type.startsWith("session.") || type.equals("charger.online")))
                .containsExactly("charger.online", "session.started", "session.updated", "session.ended");
        var ended = received.stream().filter(r -> r.json().get("type").asString().equals("session.ended"))
                .findFirst().orElseThrow().json().get("data");
        assertThat(ended.get("energyWh").asLong()).isEqualTo(1_000);
        assertThat(ended.get("sessionId").asString()).isEqualTo(received.stream()
                .filter(r -> r.json().get("type").asString().equals("session.started")).findFirst().orElseThrow()
                .json().get("data").get("sessionId").asString());
    }

    private static List<String> types() {
        return RECEIVER.received("/e2e").stream().map(r -> r.json().get("type").asString()).toList();
    }
}
