package io.busbar.payments;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The prepaid guard over real sockets: a session on a small wallet is stopped before it costs more than the wallet. */
@BusbarTest
@TestPropertySource(properties = {"busbar.payments.guard.interval=1s", "busbar.payments.guard.lookahead-intervals=3"})
class PrepaidGuardTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    SimulatedChargers chargers;

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void aSessionOnAWalletWithLittleMoneyIsRemotelyStoppedBeforeItsCostExceedsTheBalance() throws Exception {
        chargers = new SimulatedChargers(port);
        ApiClient api = ApiClient.admin(port);
        assertThat(api.post("/api/v1/tariffs", TariffJson.write(Tariff.of("guarded", "EUR",
                TariffElement.of(PriceComponent.energy("0.30"))))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/tariff-assignments", """
                {"tariffId": "guarded", "scope": "EVSE", "target": "GUARD-16#1", "validFrom": "2020-01-01T00:00:00Z"}""")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"GUARDTAG01\"}").status()).isEqualTo(201);
        String account = api.post("/api/v1/accounts", """
                {"name": "Small wallet", "kind": "PREPAID", "currency": "EUR"}""").json().get("id").asString();
        assertThat(api.put("/api/v1/accounts/" + account + "/tokens/GUARDTAG01", null).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/accounts/" + account + "/wallet/promotions", """
                {"amount": 1.00, "expiresAt": "%s", "reason": "trial"}""".formatted(Instant.now().plus(Duration.ofDays(1))))
                .status()).isEqualTo(201);

        SimulatedChargePoint charger = chargers.booted("GUARD-16", OcppVersion.V16);
        // the transaction is driven by hand here, not by a simulated EV: answer the stop as a charger would
        charger.onCall("RemoteStopTransaction",
                call -> tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("status", "Accepted"));
        int tx = charger.startTransaction(1, "GUARDTAG01", 0).get(10, TimeUnit.SECONDS).transactionId();
        // 3 kWh at 0.30 = 0.90 EUR of the 1.00 available, still drawing 150 kW: about 0.0125 EUR a second
        Instant reading = Instant.now();
        charger.meterValues(1, tx, List.of(new MeterReading(reading, MeterReading.ReadingContext.SAMPLE_PERIODIC,
                3_000, 150_000, 3, 217, 230, null))).get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> stopOf(charger) != null);
        ReceivedCall stop = stopOf(charger);
        assertThat(stop.payload().get("transactionId").asInt()).isEqualTo(tx);

        Map<String, Object> decision = jdbc.sql("SELECT * FROM prepaid_guard_stops").query().singleRow();
        assertThat((BigDecimal) decision.get("cost_so_far")).isEqualByComparingTo("0.90");
        assertThat((BigDecimal) decision.get("available")).isEqualByComparingTo("1.00");
        assertThat((BigDecimal) decision.get("projected_cost")).isGreaterThanOrEqualTo(new BigDecimal("1.00"));
        assertThat(decision.get("outcome")).isEqualTo("RemoteStop Accepted");
        Instant decidedAt = ((java.sql.Timestamp) decision.get("decided_at")).toInstant();
        // the stop came once the projection reached the balance, while what was metered still fitted in it
        assertThat(Duration.between(reading, decidedAt)).isPositive();
        BigDecimal meteredByThen = new BigDecimal("0.90").add(new BigDecimal("0.0125")
                .multiply(BigDecimal.valueOf(Duration.between(reading, decidedAt).toMillis())).movePointLeft(3));
        assertThat(meteredByThen).as("cost had it drawn 150 kW until the stop").isLessThan(new BigDecimal("1.00"));
        assertThat(api.get("/api/v1/accounts/" + account + "/wallet").json().get("available").decimalValue())
                .as("the guard stops; only the CDR moves money").isEqualByComparingTo("1.00");
    }

    private static ReceivedCall stopOf(SimulatedChargePoint charger) {
        return charger.receivedCalls().stream().filter(c -> c.action().equals("RemoteStopTransaction")).findFirst()
                .orElse(null);
    }
}
