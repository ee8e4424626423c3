package io.busbar.bulk;

import io.busbar.BusbarApplication;
import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bulk job outlives Busbar: stop the application in the middle of a job (two chargers mid-answer), start it
 * again on the same database, and the job carries on where it stopped, with no operator action: the interrupted
 * items and the ones never started run after the restart. An item a crash (kill -9) would leave RUNNING is
 * recreated with SQL between the two runs: it goes back to PENDING and is run again.
 */
class BulkJobRestartTest {
    private static final int CHARGERS = 12;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final List<SimulatedChargePoint> simulators = new ArrayList<>();

    @AfterEach
    void tearDown() {
        simulators.forEach(SimulatedChargePoint::close);
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aJobStoppedMidwayResumesAfterTheRestartAndCompletes() throws Exception {
        String database = TestDatabase.createFreshDatabase();
        ConfigurableApplicationContext first = busbar(database);
        List<String> identities = TestFleet.identities("RESTART", CHARGERS);
        TestFleet before = new TestFleet(port(first), first.getBean(ChargerRegistry.class));
        before.register(identities, null);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger arrivedBefore = new AtomicInteger();
        before.connect(identities, charger -> charger.onCall("ClearCache", call -> {
            arrivedBefore.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonNodeFactory.instance.objectNode().put("status", "Accepted");
        }));
        var started = ApiClient.admin(port(first)).post("/api/v1/bulk-jobs", """
                {"target": {"identities": %s}, "action": {"command": "ClearCache"}, "concurrency": 2}"""
                .formatted(json(identities)));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        UUID id = UUID.fromString(started.json().get("id").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> arrivedBefore.get() == 2);

        first.close();
        release.countDown();
        before.close();
        String crashed = leaveOnePendingItemRunning(database, id);
        Map<String, String> statesAtStop = itemStates(database, id);
        assertThat(statesAtStop).containsEntry(crashed, "RUNNING");
        assertThat(statesAtStop.values().stream().filter("PENDING"::equals).count())
                .as("never started before the stop").isGreaterThanOrEqualTo(CHARGERS - 3);

        ConfigurableApplicationContext second = busbar(database);
        TestFleet after = new TestFleet(port(second), second.getBean(ChargerRegistry.class));
        List<SimulatedChargePoint> back = after.connect(identities, charger -> { });
        ApiClient api = ApiClient.admin(port(second));
        JsonNode job = awaitCompleted(api, id);

        assertThat(job.get("progress").get("succeeded").asInt()).isEqualTo(CHARGERS);
        assertThat(statesAtStop.values()).as("nothing failed because of the stop").containsOnly("PENDING", "RUNNING");
        assertThat(back).allSatisfy(charger -> assertThat(charger.receivedCalls())
                .as(charger.identity() + " run after the restart")
                .extracting(ReceivedCall::action).containsExactly("ClearCache"));
        JsonNode crashedItem = api.get("/api/v1/bulk-jobs/" + id + "/items?after=" + previous(identities, crashed)
                + "&limit=1").json().get("items").get(0);
        assertThat(crashedItem.get("charger").asString()).isEqualTo(crashed);
        assertThat(crashedItem.get("attempts").asInt()).as("the interrupted attempt and the one after").isEqualTo(2);
        assertThat(crashedItem.get("state").asString()).isEqualTo("SUCCEEDED");
    }

    private ConfigurableApplicationContext busbar(String database) {
        // Arguments, not default properties: application.yml's empty database url would win over the latter.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BusbarApplication.class)
                .profiles("test")
                .run("--server.port=0", "--busbar.database.url=" + database, "--busbar.database.user=postgres",
                        "--busbar.database.password=", "--busbar.database.pool-size=5",
                        // Long enough for the simulated chargers to reconnect before the job resumes.
                        "--busbar.bulk.resume-delay=5s");
        contexts.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static JsonNode awaitCompleted(ApiClient api, UUID id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                "COMPLETED".equals(api.get("/api/v1/bulk-jobs/" + id).json().get("state").asString()));
        return api.get("/api/v1/bulk-jobs/" + id).json();
    }

    /** What kill -9 leaves behind mid-item: an item marked RUNNING (one attempt) whose outcome never arrived. */
    private static String leaveOnePendingItemRunning(String database, UUID job) throws Exception {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE bulk_job_items SET state = 'RUNNING', attempts = 1, started_at = now()
                      WHERE job_id = ? AND charger = (SELECT max(charger) FROM bulk_job_items
                                                       WHERE job_id = ? AND state = 'PENDING')
                     RETURNING charger""")) {
            update.setObject(1, job);
            update.setObject(2, job);
            try (ResultSet rs = update.executeQuery()) {
                assertThat(rs.next()).as("a pending item is left").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static Map<String, String> itemStates(String database, UUID job) throws Exception {
        Map<String, String> states = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT charger, state FROM bulk_job_items WHERE job_id = ?")) {
            query.setObject(1, job);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return states;
    }

    private static String previous(List<String> identities, String identity) {
        return identities.get(identities.indexOf(identity) - 1);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }
}
