package io.busbar.webhooks;

import io.busbar.api.ApiClient;
import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.chargers.RegisterCharger;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.Tenants;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks over real HTTP to a local receiver, on a real PostgreSQL: signed with the secret shown once, in order per
 * charger while an earlier event is retried, backoff then DEAD, replay, tenant isolation, one event per source event.
 */
@BusbarTest
@TestPropertySource(properties = {"busbar.webhooks.poll-interval=50ms", "busbar.webhooks.retry-backoff=300ms,300ms",
        "busbar.webhooks.jitter=0", "busbar.webhooks.connect-timeout=1s", "busbar.webhooks.read-timeout=2s"})
class WebhooksTest {
    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ChargerRegistry chargers;
    @Autowired
    Tenants tenants;
    @Autowired
    ApiKeyIssuer keys;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @AfterEach
    void unsubscribeAll() {
        jdbc.sql("DELETE FROM webhook_subscriptions").update();
    }

    @Test
    void theSecretIsShownOnceAtCreationAndStoredSealed() {
        JsonNode created = subscribe(api(), "/sealed", "charger.status");
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);

        JsonNode read = api().get("/api/v1/webhooks/" + created.get("id").asString()).json();
        assertThat(read.has("secret")).isFalse();
        assertThat(api().get("/api/v1/webhooks").body()).doesNotContain(secret);
        String stored = jdbc.sql("SELECT secret_sealed FROM webhook_subscriptions WHERE id = CAST(:id AS uuid)")
                .param("id", created.get("id").asString()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret.substring(6));
    }

    @Test
    void aDeliveryIsSignedWithTheShownSecretAndItsTimestamp() {
        String charger = charger(TenantId.DEFAULT, "HOOK-SIG-1");
        JsonNode webhook = subscribe(api(), "/signed", "charger.status");
        statusChange(charger, ConnectorStatus.CHARGING);

        WebhookReceiver.Received request = awaitReceived("/signed", 1).getFirst();
        assertThat(request.signedWith(webhook.get("secret").asString())).isTrue();
        assertThat(request.signedWith("whsec_another")).isFalse();
        assertThat(Long.parseLong(request.header("Busbar-Timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        JsonNode body = request.json();
        assertThat(body.get("id").asString()).isEqualTo(request.eventId());
        assertThat(body.get("type").asString()).isEqualTo("charger.status");
        assertThat(body.get("tenantId").asString()).isEqualTo(TenantId.DEFAULT.value().toString());
        assertThat(body.get("chargerId").asString()).isEqualTo(charger);
        assertThat(body.get("data").get("status").asString()).isEqualTo("CHARGING");
        assertThat(body.get("data").get("evseId").asInt()).isEqualTo(1);
        assertThat(body.has("occurredAt")).isTrue();
        JsonNode delivery = awaitState(request.deliveryId(), "DELIVERED");
        assertThat(delivery.get("attemptLog").get(0).get("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void laterEventsOfAChargerWaitWhileAnEarlierOneIsRetried() {
        String charger = charger(TenantId.DEFAULT, "HOOK-ORDER-1");
        String other = charger(TenantId.DEFAULT, "HOOK-ORDER-2");
        subscribe(api(), "/ordered", "charger.status");
        AtomicInteger firstAttempts = new AtomicInteger();
        RECEIVER.answer("/ordered", request -> request.json().get("data").get("info").asString().equals("first")
                && firstAttempts.incrementAndGet() == 1 ? 503 : 200);

        statusChange(charger, ConnectorStatus.PREPARING, "first");
        statusChange(charger, ConnectorStatus.CHARGING, "second");
        statusChange(other, ConnectorStatus.CHARGING, "other");
        statusChange(charger, ConnectorStatus.FINISHING, "third");

        List<WebhookReceiver.Received> received = awaitReceived("/ordered", 5);
        assertThat(received.stream().filter(r -> r.json().get("chargerId").asString().equals(charger))
                .map(r -> r.json().get("data").get("info").asString()))
                .as("the failed first event is retried before the later ones go out")
                .containsExactly("first", "first", "second", "third");
        // Another charger's queue is not held up by the retry (it went out before the first event's retry).
        assertThat(indexOf(received, "other")).isLessThan(indexOf(received, "second"));
    }

    @Test
    void aFailingDeliveryIsRetriedWithBackoffThenDeadAndTheChargersQueueMovesOn() {
        String charger = charger(TenantId.DEFAULT, "HOOK-DEAD-1");
        subscribe(api(), "/down", "charger.status");
        RECEIVER.answer("/down", request -> request.json().get("data").get("info").asString().equals("doomed")
                ? 500 : 200);

        statusChange(charger, ConnectorStatus.PREPARING, "doomed");
        statusChange(charger, ConnectorStatus.CHARGING, "after");

        List<WebhookReceiver.Received> received = awaitReceived("/down", 4);
        assertThat(received.stream().map(r -> r.json().get("data").get("info").asString()))
                .containsExactly("doomed", "doomed", "doomed", "after");
        for (int i = 1; i < 3; i++) {
            assertThat(Duration.between(received.get(i - 1).at(), received.get(i).at()))
                    .as("backoff before attempt " + (i + 1)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
        JsonNode dead = awaitState(received.getFirst().deliveryId(), "DEAD");
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("attemptLog").valueStream().map(a -> a.get("httpStatus").asInt()))
                .containsExactly(500, 500, 500);
        assertThat(dead.get("attemptLog").get(0).get("error").asString()).isEqualTo("HTTP 500");
        awaitState(received.getLast().deliveryId(), "DELIVERED");
    }

    @Test
    void replaySendsTheEventAgainAsANewDeliveryAndTheLogPagesAndFilters() {
        String charger = charger(TenantId.DEFAULT, "HOOK-REPLAY-1");
        JsonNode webhook = subscribe(api(), "/replay", "charger.status");
        statusChange(charger, ConnectorStatus.CHARGING, "one");
        statusChange(charger, ConnectorStatus.FINISHING, "two");
        List<WebhookReceiver.Received> first = awaitReceived("/replay", 2);
        awaitState(first.getLast().deliveryId(), "DELIVERED");

        var replayed = api().post("/api/v1/webhook-deliveries/" + first.getFirst().deliveryId() + "/replay", "");
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(202);
        assertThat(replayed.json().get("replayOf").asString()).isEqualTo(first.getFirst().deliveryId());

        WebhookReceiver.Received again = awaitReceived("/replay", 3).get(2);
        assertThat(again.eventId()).isEqualTo(first.getFirst().eventId());
        assertThat(again.deliveryId()).isEqualTo(replayed.json().get("id").asString());
        assertThat(again.body()).isEqualTo(first.getFirst().body());
        awaitState(again.deliveryId(), "DELIVERED");

        String log = "/api/v1/webhooks/" + webhook.get("id").asString() + "/deliveries";
        JsonNode page = api().get(log + "?limit=2").json();
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).as("newest first").isEqualTo(again.deliveryId());
        JsonNode rest = api().get(log + "?limit=2&before=" + page.get("next").asString()).json();
        assertThat(rest.get("items").size()).isEqualTo(1);
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(api().get(log + "?status=PENDING").json().get("items").size()).isZero();
        assertThat(api().get(log + "?type=session.ended").json().get("items").size()).isZero();
        assertThat(api().get(log + "?type=charger.status&status=DELIVERED").json().get("items").size()).isEqualTo(3);
        assertThat(api().get(log + "?type=nonsense").status()).isEqualTo(400);
    }

    @Test
    void anotherTenantNeitherReceivesNorSeesTheSubscriptionsAndDeliveries() {
        TenantId b = tenants.create("hooks-b", "Hooks B", Brand.NONE).id();
        ApiClient bApi = ApiClient.withKey(port, keys.issue(b, "b admin", Set.of(Scope.ADMIN)).secret().value());
        String aCharger = charger(TenantId.DEFAULT, "HOOK-TENANT-A");
        String bCharger = charger(b, "HOOK-TENANT-B");
        JsonNode aHook = subscribe(api(), "/tenant-a", "");
        JsonNode bHook = subscribe(bApi, "/tenant-b", "");

        statusChange(aCharger, ConnectorStatus.CHARGING, "a");
        statusChange(bCharger, ConnectorStatus.CHARGING, "b");
        WebhookReceiver.Received aReceived = awaitReceived("/tenant-a", 1).getFirst();
        WebhookReceiver.Received bReceived = awaitReceived("/tenant-b", 1).getFirst();
        assertThat(aReceived.json().get("chargerId").asString()).isEqualTo(aCharger);
        assertThat(bReceived.json().get("chargerId").asString()).isEqualTo(bCharger);
        assertThat(bReceived.json().get("tenantId").asString()).isEqualTo(b.value().toString());
        awaitState(aReceived.deliveryId(), "DELIVERED");

        String aId = aHook.get("id").asString();
        String aDelivery = aReceived.deliveryId();
        String body = "{\"url\": \"" + RECEIVER.url("/stolen") + "\"}";
        for (var response : List.of(bApi.get("/api/v1/webhooks/" + aId), bApi.put("/api/v1/webhooks/" + aId, body),
                bApi.post("/api/v1/webhooks/" + aId + "/rotate-secret", ""),
                bApi.post("/api/v1/webhooks/" + aId + "/test", ""),
                bApi.get("/api/v1/webhooks/" + aId + "/deliveries"),
                bApi.delete("/api/v1/webhooks/" + aId),
                bApi.get("/api/v1/webhook-deliveries/" + aDelivery),
                bApi.post("/api/v1/webhook-deliveries/" + aDelivery + "/replay", ""))) {
            assertThat(response.status()).as(response.raw().request().method() + " " + response.raw().uri()
                    + ": " + response.body()).isEqualTo(404);
        }
        // Exactly the answer for an id that does not exist at all.
        String missing = "00000000-0000-0000-0000-0000000000aa";
        assertThat(bApi.get("/api/v1/webhooks/" + aId).json().get("detail").asString())
                .isEqualTo(bApi.get("/api/v1/webhooks/" + missing).json().get("detail").asString()
                        .replace(missing, aId));
        assertThat(bApi.get("/api/v1/webhooks").json().get("items").valueStream()
                .map(item -> item.get("id").asString())).containsExactly(bHook.get("id").asString());
        assertThat(api().get("/api/v1/webhooks/" + aId).status()).isEqualTo(200);
        assertThat(RECEIVER.received("/stolen")).isEmpty();
        assertThat(RECEIVER.received("/tenant-a")).hasSize(1);
        assertThat(RECEIVER.received("/tenant-b")).hasSize(1);
    }

    @Test
    void theSameDomainEventDeliveredTwiceIsRecordedOnce() {
        String charger = charger(TenantId.DEFAULT, "HOOK-ONCE-1");
        subscribe(api(), "/once", "charger.status");
        ConnectorStatusChanged event = statusEvent(charger, ConnectorStatus.CHARGING, "once");
        publish(event);
        awaitReceived("/once", 1);
        publish(event); // a republished domain event, or a charger's retried message
        statusChange(charger, ConnectorStatus.FINISHING, "marker");
        awaitReceived("/once", 2);

        assertThat(RECEIVER.received("/once").stream().map(r -> r.json().get("data").get("info").asString()))
                .containsExactly("once", "marker");
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_events WHERE charger_id = :charger")
                .param("charger", charger).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aChangeThatRollsBackRecordsNoWebhookEvent() {
        String charger = charger(TenantId.DEFAULT, "HOOK-ROLLBACK-1");
        subscribe(api(), "/rollback", "charger.status");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(statusEvent(charger, ConnectorStatus.CHARGING, "rolled back"));
            status.setRollbackOnly();
        });
        statusChange(charger, ConnectorStatus.FINISHING, "committed");

        awaitReceived("/rollback", 1);
        assertThat(RECEIVER.received("/rollback").stream().map(r -> r.json().get("data").get("info").asString()))
                .containsExactly("committed");
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_events WHERE charger_id = :charger")
                .param("charger", charger).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPingReachesAnInactiveSubscriptionAndARotatedSecretSignsFromThenOn() {
        JsonNode webhook = subscribe(api(), "/ping", "session.ended");
        String id = webhook.get("id").asString();
        var deactivated = api().put("/api/v1/webhooks/" + id, """
                {"url": "%s", "eventTypes": ["session.ended"], "active": false}""".formatted(RECEIVER.url("/ping")));
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();

        var ping = api().post("/api/v1/webhooks/" + id + "/test", "");
        assertThat(ping.status()).as(ping.body()).isEqualTo(202);
        WebhookReceiver.Received first = awaitReceived("/ping", 1).getFirst();
        assertThat(first.json().get("type").asString()).isEqualTo("webhook.ping");
        assertThat(first.json().has("chargerId")).isFalse();
        assertThat(first.signedWith(webhook.get("secret").asString())).isTrue();

        String rotated = api().post("/api/v1/webhooks/" + id + "/rotate-secret", "").json().get("secret").asString();
        assertThat(rotated).isNotEqualTo(webhook.get("secret").asString());
        api().post("/api/v1/webhooks/" + id + "/test", "");
        WebhookReceiver.Received second = awaitReceived("/ping", 2).get(1);
        assertThat(second.signedWith(rotated)).isTrue();
        assertThat(second.signedWith(webhook.get("secret").asString())).isFalse();
    }

    @Test
    void unusableSubscriptionsAreRefusedWithTheFieldInError() {
        for (String body : List.of("{\"url\": \"ftp://example.com/x\"}", "{\"url\": \"http://example.com/x\"}",
                "{\"url\": \"https://user:pw@example.com/x\"}", "{\"url\": \"/relative\"}",
                "{\"url\": \"https://example.com/x\", \"eventTypes\": [\"session.exploded\"]}",
                "{\"url\": \"https://example.com/x\", \"eventTypes\": [\"webhook.ping\"]}", "{}")) {
            var response = api().post("/api/v1/webhooks", body);
            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.json().get("type").asString()).endsWith("/validation-failed");
        }
        assertThat(api().post("/api/v1/webhooks", "{\"url\": \"https://example.com/x\"}").status()).isEqualTo(201);
        assertThat(api().get("/api/v1/webhooks").json().get("items").get(0).get("eventTypes").size())
                .as("no types = all").isZero();
    }

    private ApiClient api() {
        return ApiClient.admin(port);
    }

    private JsonNode subscribe(ApiClient client, String path, String types) {
        String typeList = types.isEmpty() ? "[]" : "[\"" + String.join("\", \"", types.split(",")) + "\"]";
        var response = client.post("/api/v1/webhooks", """
                {"url": "%s", "eventTypes": %s, "description": "test %s"}""".formatted(RECEIVER.url(path), typeList, path));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private String charger(TenantId tenant, String identity) {
        chargers.register(tenant, new RegisterCharger(new ChargerIdentity(identity), null, null, null));
        return identity;
    }

    private void statusChange(String charger, ConnectorStatus status) {
        statusChange(charger, status, "n" + SEQUENCE.get());
    }

    private void statusChange(String charger, ConnectorStatus status, String info) {
        publish(statusEvent(charger, status, info));
    }

    private static ConnectorStatusChanged statusEvent(String charger, ConnectorStatus status, String info) {
        return new ConnectorStatusChanged(new ConnectorStatusReport(new ChargerIdentity(charger), 1, 1, status, null,
                null, null, info, T0.plusSeconds(SEQUENCE.incrementAndGet())), ConnectorStatus.AVAILABLE);
    }

    /** As the chargers module does: inside the transaction that records the change. */
    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private static List<WebhookReceiver.Received> awaitReceived(String path, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> RECEIVER.received(path).size() >= count);
        return RECEIVER.received(path);
    }

    private JsonNode awaitState(String delivery, String state) {
        await().atMost(Duration.ofSeconds(15)).until(() ->
                state.equals(api().get("/api/v1/webhook-deliveries/" + delivery).json().get("state").asString()));
        return api().get("/api/v1/webhook-deliveries/" + delivery).json();
    }

    private static int indexOf(List<WebhookReceiver.Received> received, String info) {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).json().get("data").get("info").asString().equals(info)) {
                return i;
            }
        }
        return -1;
    }
}
