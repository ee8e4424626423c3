package io.busbar.webhooks;

import io.busbar.BusbarApplication;
import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.chargers.RegisterCharger;
import io.busbar.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7's acceptance: a Busbar restart in the middle of webhook deliveries loses none and duplicates none that
 * were acknowledged. Events of three chargers (each published in the transaction of its change, which records the
 * webhook event) go to a receiver that acknowledges slowly; Busbar is stopped mid-way and started again on the same
 * database: every event arrives, in order per charger, and no delivery the receiver acknowledged and Busbar
 * recorded as delivered is sent again.
 */
class WebhookRestartTest {
    private static final int CHARGERS = 3;
    private static final int EVENTS_PER_CHARGER = 15;
    private static final String PATH = "/restart";
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void tearDown() {
        contexts.forEach(ConfigurableApplicationContext::close);
        receiver.close();
    }

    @Test
    void aRestartMidDeliveryLosesNoEventAndResendsNoAcknowledgedDelivery() throws Exception {
        String database = TestDatabase.createFreshDatabase();
        ConfigurableApplicationContext first = busbar(database);
        List<String> chargers = new ArrayList<>();
        for (int c = 1; c <= CHARGERS; c++) {
            chargers.add("RESTART-HOOK-" + c);
            first.getBean(ChargerRegistry.class).register(new RegisterCharger(new ChargerIdentity(chargers.getLast()),
                    null, null, null));
        }
        var subscribed = ApiClient.admin(port(first)).post("/api/v1/webhooks", """
                {"url": "%s", "eventTypes": ["charger.status"]}""".formatted(receiver.url(PATH)));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        receiver.delay(Duration.ofMillis(120));

        Map<String, List<String>> published = new LinkedHashMap<>();
        chargers.forEach(charger -> published.put(charger, new ArrayList<>()));
        Instant t0 = Instant.parse("2026-11-27T09:00:00Z");
        for (int n = 0; n < EVENTS_PER_CHARGER; n++) {
            for (int c = 0; c < CHARGERS; c++) {
                String token = "evt-" + c + "-" + String.format("%03d", n);
                published.get(chargers.get(c)).add(token);
                publish(first, new ConnectorStatusChanged(new ConnectorStatusReport(new ChargerIdentity(chargers.get(c)),
                        1, 1, n % 2 == 0 ? ConnectorStatus.CHARGING : ConnectorStatus.SUSPENDED_EV, null, null, null,
                        token, t0.plusSeconds(n)), ConnectorStatus.PREPARING));
            }
        }
        int total = CHARGERS * EVENTS_PER_CHARGER;
        await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged().size() >= total / 3);

        first.close();
        int ackedAtStop = acknowledged().size();
        int receivedAtStop = receiver.received(PATH).size();
        Set<String> deliveredAtStop = deliveredDeliveryIds(database);
        long pendingAtStop = count(database, "SELECT count(*) FROM webhook_deliveries WHERE state = 'PENDING'");
        assertThat(pendingAtStop).as("stopped mid-way").isPositive();
        assertThat(count(database, "SELECT count(*) FROM webhook_events")).as("every event recorded with its change")
                .isEqualTo(total);

        ConfigurableApplicationContext second = busbar(database);
        await().atMost(Duration.ofSeconds(30)).until(() -> distinctEvents(acknowledged()) >= total);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(database,
                "SELECT count(*) FROM webhook_deliveries WHERE state <> 'DELIVERED'") == 0);

        List<WebhookReceiver.Received> all = receiver.received(PATH);
        Map<String, List<String>> arrived = new LinkedHashMap<>();
        chargers.forEach(charger -> arrived.put(charger, new ArrayList<>()));
        all.stream().filter(WebhookReceiver.Received::acknowledged).forEach(r ->
                arrived.get(r.json().get("chargerId").asString()).add(r.json().get("data").get("info").asString()));
        published.forEach((charger, tokens) -> assertThat(withoutRepeats(arrived.get(charger)))
                .as("every event of %s, in order", charger).containsExactlyElementsOf(tokens));

        Map<String, Long> sendsPerDelivery = all.stream().collect(Collectors.groupingBy(
                WebhookReceiver.Received::deliveryId, Collectors.counting()));
        assertThat(deliveredAtStop).as("acknowledged and recorded before the stop").isNotEmpty()
                .allSatisfy(id -> assertThat(sendsPerDelivery.get(id)).as("sends of " + id).isEqualTo(1));
        long repeated = all.size() - distinctEvents(all);
        assertThat(repeated).as("deliveries sent more than once (in flight at the stop)")
                .isLessThanOrEqualTo(receivedAtStop - deliveredAtStop.size());
        assertThat(count(database, "SELECT count(*) FROM webhook_events")).as("one event per source event")
                .isEqualTo(total);
        System.out.printf("WebhookRestartTest: %d events; at the stop %d requests received, %d acknowledged, %d recorded"
                        + " DELIVERED, %d pending; after the restart %d requests, %d repeated sends%n", total,
                receivedAtStop, ackedAtStop, deliveredAtStop.size(), pendingAtStop, all.size() - receivedAtStop,
                repeated);
    }

    private ConfigurableApplicationContext busbar(String database, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--busbar.database.url=" + database,
                "--busbar.database.user=postgres", "--busbar.database.password=", "--busbar.database.pool-size=5",
                "--busbar.webhooks.poll-interval=50ms", "--busbar.webhooks.retry-backoff=200ms,200ms,200ms",
                "--busbar.webhooks.connect-timeout=1s", "--busbar.webhooks.read-timeout=2s"));
        arguments.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BusbarApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private static void publish(ConfigurableApplicationContext context, Object event) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.publishEvent(event));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private List<WebhookReceiver.Received> acknowledged() {
        return receiver.received(PATH).stream().filter(WebhookReceiver.Received::acknowledged).toList();
    }

    private static long distinctEvents(List<WebhookReceiver.Received> received) {
        return received.stream().map(WebhookReceiver.Received::eventId).distinct().count();
    }

    private static List<String> withoutRepeats(List<String> tokens) {
        List<String> result = new ArrayList<>();
        tokens.forEach(token -> {
            if (result.isEmpty() || !result.getLast().equals(token)) {
                result.add(token);
            }
        });
        return result;
    }

    private static Set<String> deliveredDeliveryIds(String database) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM webhook_deliveries WHERE state = 'DELIVERED'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
