package io.busbar.bulk;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bulk jobs over real sockets: a soft Reset (1.6 §5.13 / 2.0.1 B11) across 500 simulated chargers, mixed 1.6 and
 * 2.0.1, 20 of them registered but offline; the concurrency limit as the chargers see it; retry of the offline
 * ones once they are back; cancel; refused requests.
 */
@BusbarTest
class BulkJobTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FLEET = 500;
    private static final int CONCURRENCY = 20;

    @LocalServerPort
    int port;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    Sites sites;
    ApiClient api;
    TestFleet fleet;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        fleet = new TestFleet(port, registry);
    }

    @AfterEach
    void tearDown() {
        fleet.close();
    }

    @Test
    void resetAcross500ChargersThenRetryTheOfflineOnes() throws Exception {
        SiteId depot = sites.create("Depot 500", null, ZoneId.of("Europe/Amsterdam")).id();
        List<String> all = TestFleet.identities("FLEET", FLEET);
        List<String> offline = new ArrayList<>();
        List<String> online = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 25 == 7 ? offline : online).add(all.get(i));
        }
        fleet.register(all, depot);
        InFlightProbe probe = new InFlightProbe(CONCURRENCY, Duration.ofMillis(100));
        long connecting = System.nanoTime();
        fleet.connect(online, charger -> charger.onCall("Reset", probe.wrapping(charger.answerTo("Reset"))));
        long started = System.nanoTime();
        Instant jobStart = Instant.now();

        var response = api.post("/api/v1/bulk-jobs", """
                {"target": {"sites": ["%s"]}, "action": {"command": "Reset", "arguments": {"kind": "SOFT"}},
                 "concurrency": %d}""".formatted(depot, CONCURRENCY));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/v1/bulk-jobs/" + id);
        assertThat(response.json().get("progress").get("total").asInt()).isEqualTo(FLEET);
        JsonNode job = awaitState(id, "COMPLETED");
        long finished = System.nanoTime();

        JsonNode progress = job.get("progress");
        assertThat(progress.get("succeeded").asInt()).isEqualTo(FLEET - offline.size());
        assertThat(progress.get("failed").asInt()).isEqualTo(offline.size());
        assertThat(progress.get("failedBy").get("OFFLINE").asInt()).isEqualTo(offline.size());
        assertThat(progress.get("pending").asInt() + progress.get("running").asInt()).isZero();
        assertThat(identities(allItems(id, "OFFLINE"))).containsExactlyElementsOf(offline);
        assertThat(probe.max()).as("calls in progress at once").isLessThanOrEqualTo(CONCURRENCY).isGreaterThan(1);
        for (String identity : online) {
            assertThat(fleet.get(identity).receivedCalls()).as(identity).singleElement()
                    .satisfies(call -> assertThat(call.action()).isEqualTo("Reset"))
                    .satisfies(call -> assertThat(call.payload().get("type").asString()).isIn("Soft", "OnIdle"));
        }
        JsonNode succeeded = items(id, "SUCCEEDED", null, 1).get("items").get(0);
        assertThat(succeeded.get("status").asString()).isEqualTo("Accepted");
        assertThat(succeeded.get("result").get("status").asString()).isEqualTo("Accepted");
        JsonNode audited = api.get("/api/v1/commands/" + succeeded.get("commandId").asString()).json();
        assertThat(audited.get("charger").asString()).isEqualTo(succeeded.get("charger").asString());
        assertThat(audited.get("command").asString()).isEqualTo("Reset");
        assertThat(audited.get("actor").get("kind").asString()).isEqualTo("system");
        assertThat(audited.get("actor").get("id").asString()).isEqualTo("bulk-job:" + id);
        assertThat(audited.get("actor").get("name").asString()).startsWith("started by api-key:");

        // A soft reset really restarts the simulated chargers: each reconnects and boots again.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(online).allSatisfy(identity ->
                assertThat(Instant.parse(api.get("/api/v1/chargers/" + identity).json().get("lastBootAt").asString()))
                        .as(identity + " rebooted").isAfter(jobStart)));

        // The offline chargers come back; retrying the failed items reaches exactly them.
        fleet.connect(offline, charger -> charger.onCall("Reset", probe.wrapping(charger.answerTo("Reset"))));
        var retry = api.post("/api/v1/bulk-jobs/" + id + "/retry", null);
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        assertThat(retry.json().get("progress").get("failed").asInt()).isZero();
        JsonNode retried = awaitState(id, "COMPLETED").get("progress");

        assertThat(retried.get("succeeded").asInt()).isEqualTo(FLEET);
        for (String identity : offline) {
            assertThat(fleet.get(identity).receivedCalls()).extracting(ReceivedCall::action).containsExactly("Reset");
        }
        assertThat(allItems(id, null)).allSatisfy(item -> assertThat(item.get("attempts").asInt())
                .isEqualTo(offline.contains(item.get("charger").asString()) ? 2 : 1));
        assertThat(online).allSatisfy(identity -> assertThat(fleet.get(identity).receivedCalls()).hasSize(1));
        assertThat(probe.max()).isLessThanOrEqualTo(CONCURRENCY);
        System.out.printf("BulkJobTest: connected %d chargers in %d ms; %d-charger job completed in %d ms; "
                        + "max %d calls in progress at once%n", online.size(),
                TimeUnit.NANOSECONDS.toMillis(started - connecting), FLEET,
                TimeUnit.NANOSECONDS.toMillis(finished - started), probe.max());
    }

    @Test
    void cancellingStopsThePendingChargersAndLetsTheRunningOneFinish() throws Exception {
        List<String> identities = TestFleet.identities("CANCEL", 6);
        fleet.register(identities, null);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger arrived = new AtomicInteger();
        fleet.connect(identities, charger -> charger.onCall("ClearCache", call -> {
            arrived.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonNodeFactory.instance.objectNode().put("status", "Accepted");
        }));
        String id = start(identities, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> arrived.get() == 1);

        var cancelled = api.post("/api/v1/bulk-jobs/" + id + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("progress").get("cancelled").asInt()).isEqualTo(5);
        assertThat(cancelled.json().get("progress").get("running").asInt()).isEqualTo(1);
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> progress(id).get("succeeded").asInt() == 1);
        assertThat(arrived.get()).isEqualTo(1);
        var again = api.post("/api/v1/bulk-jobs/" + id + "/cancel", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/conflict");

        // Cancelled chargers can be run after all.
        var retry = api.post("/api/v1/bulk-jobs/" + id + "/retry", """
                {"outcomes": ["CANCELLED"]}""");
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        assertThat(retry.json().get("state").asString()).isEqualTo("RUNNING");
        assertThat(awaitState(id, "COMPLETED").get("progress").get("succeeded").asInt()).isEqualTo(6);
        assertThat(arrived.get()).isEqualTo(6);
    }

    @Test
    void aChargerSlowerThanTheJobsTimeoutIsATimeoutAndItsLateAnswerIsStillAudited() throws Exception {
        fleet.register(List.of("SLOW-0001"), null);
        CountDownLatch release = new CountDownLatch(1);
        fleet.connect(List.of("SLOW-0001"), charger -> charger.onCall("ClearCache", call -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonNodeFactory.instance.objectNode().put("status", "Accepted");
        }));
        var response = api.post("/api/v1/bulk-jobs", """
                {"target": {"identities": ["SLOW-0001"]}, "action": {"command": "ClearCache"},
                 "timeoutPerChargerSeconds": 1}""");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("timeoutPerChargerSeconds").asInt()).isEqualTo(1);
        String id = response.json().get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> progress(id).get("failedBy").get("TIMEOUT").asInt() == 1);
        assertThat(api.get("/api/v1/bulk-jobs/" + id).json().get("state").asString())
                .as("the call still holds its concurrency slot").isEqualTo("RUNNING");
        release.countDown();

        assertThat(awaitState(id, "COMPLETED").get("progress").get("failedBy").get("TIMEOUT").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Accepted".equals(
                api.get("/api/v1/chargers/SLOW-0001/commands").json().get("items").get(0).path("status").asString()));
    }

    @Test
    void badRequestsAreRefusedWithAProblemAndStoreNothing() {
        fleet.register(List.of("BAD-0001"), null);
        int jobsBefore = api.get("/api/v1/bulk-jobs").json().get("items").size();

        var noCriteria = api.post("/api/v1/bulk-jobs", """
                {"target": {}, "action": {"command": "ClearCache"}}""");
        var unknownCharger = api.post("/api/v1/bulk-jobs", """
                {"target": {"identities": ["BAD-0001", "NOPE-1", "NOPE-2"]}, "action": {"command": "ClearCache"}}""");
        var unknownCommand = api.post("/api/v1/bulk-jobs", """
                {"target": {"identities": ["BAD-0001"]}, "action": {"command": "SelfDestruct"}}""");
        var tooMany = api.post("/api/v1/bulk-jobs", """
                {"target": {"identities": ["BAD-0001"]}, "action": {"command": "ClearCache"}, "concurrency": 201}""");
        var badTag = api.post("/api/v1/bulk-jobs", """
                {"target": {"tags": ["no spaces"]}, "action": {"command": "ClearCache"}}""");
        var noMatch = api.post("/api/v1/bulk-jobs", """
                {"target": {"vendor": "Nobody"}, "action": {"command": "ClearCache"}}""");

        assertInvalid(noCriteria, "target");
        assertInvalid(unknownCharger, "target.identities");
        assertThat(unknownCharger.json().get("detail").asString()).contains("NOPE-1, NOPE-2").doesNotContain("BAD-0001");
        assertInvalid(unknownCommand, "action");
        assertThat(unknownCommand.json().get("detail").asString()).contains("ClearCache");
        assertInvalid(tooMany, "concurrency");
        assertInvalid(badTag, "target.tags");
        assertInvalid(noMatch, "target");
        assertThat(api.get("/api/v1/bulk-jobs").json().get("items")).hasSize(jobsBefore);
        assertThat(api.get("/api/v1/bulk-jobs/5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/bulk-jobs/5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b/retry", null).status())
                .isEqualTo(404);
    }

    private void assertInvalid(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private String start(List<String> identities, int concurrency) {
        var response = api.post("/api/v1/bulk-jobs", JSON.writeValueAsString(Map.of(
                "target", Map.of("identities", identities),
                "action", Map.of("command", "ClearCache", "arguments", Map.of()),
                "concurrency", concurrency)));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    private JsonNode awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> state.equals(api.get("/api/v1/bulk-jobs/" + id).json().get("state").asString()));
        return api.get("/api/v1/bulk-jobs/" + id).json();
    }

    private JsonNode progress(String id) {
        return api.get("/api/v1/bulk-jobs/" + id).json().get("progress");
    }

    private JsonNode items(String id, String outcome, String after, int limit) {
        var response = api.get("/api/v1/bulk-jobs/" + id + "/items?limit=" + limit
                + (outcome == null ? "" : "&outcome=" + outcome) + (after == null ? "" : "&after=" + after));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Every item with the outcome, following the cursor (bounded by the fleet size). */
    private List<JsonNode> allItems(String id, String outcome) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page <= FLEET / 100; page++) {
            JsonNode body = items(id, outcome, after, 100);
            body.get("items").forEach(all::add);
            if (body.get("next").isNull()) {
                return all;
            }
            after = body.get("next").asString();
        }
        throw new AssertionError("More pages than items");
    }

    private static List<String> identities(List<JsonNode> items) {
        return items.stream().map(item -> item.get("charger").asString()).toList();
    }
}
