package io.busbar.bulk;

import io.busbar.api.ApiClient;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.commands.Actor;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ChargerOfflineException;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.CommandTypes.CommandType;
import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.DriftChecks;
import io.busbar.devicemodel.DriftReport;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Which chargers a bulk job reaches (site, vendor/model, firmware, tag, identity list, and combinations), tags over
 * REST, any registered command type with its arguments (a test-only one, sent as 1.6 DataTransfer, that 2.0.1
 * lacks), and template-check jobs against a stand-in for the device-model module's {@link DriftChecks}.
 */
@BusbarTest
class BulkJobTargetingTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    Sites sites;
    @MockitoBean
    DriftChecks driftChecks;
    ApiClient api;
    List<SimulatedChargePoint> chargers = new ArrayList<>();
    SiteId north;
    SiteId south;

    /** A command only this test knows, to show that a job runs any registered type with its arguments. */
    public record BulkTestPing(String vendorId, String messageId) implements ChargerCommand<CommandStatus> {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class PingCommand {
        @Bean
        CommandType<BulkTestPing> bulkTestPingCommand() {
            return CommandType.of(BulkTestPing.class, "Test only: a DataTransfer, mapped for OCPP 1.6 only");
        }

        @Bean("ocpp16BulkTestPingMapping")
        CommandMapping<BulkTestPing, CommandStatus, DataTransferRequest, DataTransferResponse> ocpp16BulkTestPingMapping() {
            return new CommandMapping<>() {
                @Override
                public Class<BulkTestPing> command() {
                    return BulkTestPing.class;
                }

                @Override
                public Action<DataTransferRequest, DataTransferResponse> action() {
                    return Ocpp16.DATA_TRANSFER;
                }

                @Override
                public DataTransferRequest request(BulkTestPing command) {
                    return new DataTransferRequest(command.vendorId(), command.messageId(), null);
                }

                @Override
                public CommandStatus result(DataTransferResponse response) {
                    return CommandStatus.of(EnumLiterals.literal(response.status()));
                }
            };
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(port);
        north = site("North");
        south = site("South");
        charger("T-01", north, OcppVersion.V16, "ABB", "Terra AC", "1.8.2");
        charger("T-02", north, OcppVersion.V201, "ABB", "Terra AC", "1.9.0");
        charger("T-03", south, OcppVersion.V16, "ABB", "Terra DC", "1.8.2");
        charger("T-04", south, OcppVersion.V201, "Alfen", "Eve", "4.1");
        charger("T-05", null, OcppVersion.V16, "Alfen", "Eve", "4.1");
    }

    @AfterEach
    void tearDown() {
        chargers.forEach(SimulatedChargePoint::close);
        chargers.clear();
    }

    @Test
    void tagsAreAddedListedAndRemovedIdempotently() {
        assertThat(api.put("/api/v1/chargers/T-01/tags/depot-north", null).status()).isEqualTo(204);
        assertThat(api.put("/api/v1/chargers/T-01/tags/depot-north", null).status()).isEqualTo(204);
        assertThat(api.put("/api/v1/chargers/T-01/tags/pilot:2026", null).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/chargers/T-01/tags").json().get("items").valueStream().map(JsonNode::asString))
                .containsExactly("depot-north", "pilot:2026");
        assertThat(api.delete("/api/v1/chargers/T-01/tags/pilot:2026").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/chargers/T-01/tags/never-there").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/chargers/T-01/tags").json().get("items").valueStream().map(JsonNode::asString))
                .containsExactly("depot-north");
        assertThat(api.put("/api/v1/chargers/NOPE/tags/x", null).status()).isEqualTo(404);
        var bad = api.put("/api/v1/chargers/T-01/tags/-leading-dash", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("tag");
        api.delete("/api/v1/chargers/T-01/tags/depot-north");
    }

    @Test
    void targetsSelectBySiteVendorModelFirmwareTagAndIdentityAndCombineWithAnd() {
        api.put("/api/v1/chargers/T-01/tags/depot-north", null);
        api.put("/api/v1/chargers/T-03/tags/depot-north", null);
        api.put("/api/v1/chargers/T-03/tags/pilot", null);
        api.put("/api/v1/chargers/T-04/tags/pilot", null);

        assertThat(targeted("{\"sites\": [\"" + north + "\"]}")).containsExactly("T-01", "T-02");
        assertThat(targeted("{\"sites\": [\"" + north + "\", \"" + south + "\"], \"vendor\": \"abb\"}"))
                .containsExactly("T-01", "T-02", "T-03");
        assertThat(targeted("{\"model\": \"terra ac\"}")).containsExactly("T-01", "T-02");
        assertThat(targeted("{\"firmwareVersions\": [\"1.8.2\"]}")).containsExactly("T-01", "T-03");
        assertThat(targeted("{\"tags\": [\"pilot\"]}")).containsExactly("T-03", "T-04");
        assertThat(targeted("{\"tags\": [\"depot-north\", \"pilot\"], \"sites\": [\"" + south + "\"]}"))
                .containsExactly("T-03", "T-04");
        assertThat(targeted("{\"identities\": [\"T-05\", \"T-01\"]}")).containsExactly("T-01", "T-05");
        assertThat(targeted("{\"vendor\": \"Alfen\", \"firmwareVersions\": [\"4.1\"], \"identities\": [\"T-04\", \"T-01\"]}"))
                .containsExactly("T-04");
        var unknownSite = api.post("/api/v1/bulk-jobs", """
                {"target": {"sites": ["5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b"]}, "action": {"command": "ClearCache"}}""");
        assertThat(unknownSite.status()).isEqualTo(400);
        assertThat(unknownSite.json().get("errors").get(0).get("field").asString()).isEqualTo("target.sites");
    }

    @Test
    void anyRegisteredCommandRunsWithItsArgumentsAndEachChargerKeepsItsOwnAnswer() {
        // A vendor extension T-01 knows and T-03 refuses (the simulator answers UnknownVendorId by default).
        find("T-01").onCall("DataTransfer", call -> NODES.objectNode().put("status", "Accepted"));
        find("T-03").onCall("DataTransfer", call -> NODES.objectNode().put("status", "Rejected"));

        String id = startJob("""
                {"target": {"vendor": "ABB"},
                 "action": {"command": "BulkTestPing", "arguments": {"vendorId": "io.busbar.test", "messageId": "ping"}}}""");
        JsonNode progress = awaitCompleted(id).get("progress");

        assertThat(progress.get("succeeded").asInt()).isEqualTo(1);
        assertThat(progress.get("rejected").asInt()).isEqualTo(1);
        assertThat(progress.get("failedBy").get("NOT_SUPPORTED").asInt()).isEqualTo(1);
        Map<String, JsonNode> items = items(id);
        assertThat(items.get("T-01").get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(items.get("T-01").get("status").asString()).isEqualTo("Accepted");
        assertThat(items.get("T-03").get("state").asString()).isEqualTo("REJECTED");
        assertThat(items.get("T-03").get("status").asString()).isEqualTo("Rejected");
        assertThat(items.get("T-02").get("state").asString()).isEqualTo("FAILED");
        assertThat(items.get("T-02").get("failure").asString()).isEqualTo("NOT_SUPPORTED");
        for (String identity : List.of("T-01", "T-03")) {
            ReceivedCall call = find(identity).receivedCalls().getLast();
            assertThat(call.action()).isEqualTo("DataTransfer");
            assertThat(call.payload().get("vendorId").asString()).isEqualTo("io.busbar.test");
            assertThat(call.payload().get("messageId").asString()).isEqualTo("ping");
        }
        assertThat(find("T-02").receivedCalls()).isEmpty();
        JsonNode logged = api.get("/api/v1/commands/" + items.get("T-03").get("commandId").asString()).json();
        assertThat(logged.get("status").asString()).isEqualTo("Rejected");
        assertThat(logged.get("arguments").get("vendorId").asString()).isEqualTo("io.busbar.test");
    }

    @Test
    void aTemplateCheckJobReportsEachChargersVerdict() {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        var accepted = new DriftReport.Correction("Accepted", true, false);
        var rebootNeeded = new DriftReport.Correction("RebootRequired", true, true);
        var refused = new DriftReport.Correction("Rejected", false, false);
        when(driftChecks.check(any(), eq(new ChargerIdentity("T-01")), anyBoolean()))
                .thenReturn(new DriftReport(new ChargerIdentity("T-01"), "fleet-default", now, List.of()));
        when(driftChecks.check(any(), eq(new ChargerIdentity("T-02")), anyBoolean()))
                .thenReturn(new DriftReport(new ChargerIdentity("T-02"), "fleet-default", now, List.of(
                        new DriftReport.Drift("HeartbeatInterval", "300", "900", accepted),
                        new DriftReport.Drift("MeterValueSampleInterval", "60", "0", rebootNeeded))));
        when(driftChecks.check(any(), eq(new ChargerIdentity("T-03")), anyBoolean()))
                .thenReturn(new DriftReport(new ChargerIdentity("T-03"), "fleet-default", now, List.of(
                        new DriftReport.Drift("HeartbeatInterval", "300", "900", refused))));
        when(driftChecks.check(any(), eq(new ChargerIdentity("T-04")), anyBoolean()))
                .thenReturn(new DriftReport(new ChargerIdentity("T-04"), null, now, List.of()));
        when(driftChecks.check(any(), eq(new ChargerIdentity("T-05")), anyBoolean()))
                .thenThrow(new ChargerOfflineException(new ChargerIdentity("T-05"), null));

        String id = startJob("""
                {"target": {"identities": ["T-01", "T-02", "T-03", "T-04", "T-05"]},
                 "action": {"kind": "TEMPLATE_CHECK", "correct": true}, "concurrency": 2}""");
        JsonNode job = awaitCompleted(id);

        assertThat(job.get("action").get("kind").asString()).isEqualTo("TEMPLATE_CHECK");
        assertThat(job.get("action").get("correct").asBoolean()).isTrue();
        Map<String, JsonNode> items = items(id);
        assertThat(items.get("T-01").get("status").asString()).isEqualTo("InSync");
        assertThat(items.get("T-02").get("status").asString()).isEqualTo("Corrected");
        assertThat(items.get("T-02").get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(items.get("T-02").get("result").get("corrected").asInt()).isEqualTo(2);
        assertThat(items.get("T-02").get("result").get("rebootRequired").asBoolean()).isTrue();
        assertThat(items.get("T-03").get("status").asString()).isEqualTo("Drifted");
        assertThat(items.get("T-03").get("state").asString()).isEqualTo("REJECTED");
        assertThat(items.get("T-04").get("status").asString()).isEqualTo("NoTemplate");
        assertThat(items.get("T-05").get("state").asString()).isEqualTo("FAILED");
        assertThat(items.get("T-05").get("failure").asString()).isEqualTo("OFFLINE");
        verify(driftChecks).check(eq(new Actor("system", "bulk-job:" + id, "started by api-key:"
                + job.get("startedBy").get("id").asString() + " (admin (configured))")), eq(new ChargerIdentity("T-02")),
                eq(true));
    }

    private List<String> targeted(String target) {
        String id = startJob("{\"target\": " + target + ", \"action\": {\"command\": \"ClearCache\"}}");
        assertThat(api.get("/api/v1/bulk-jobs/" + id).json().get("target").toString())
                .as("the target is stored as given").isNotBlank();
        awaitCompleted(id);
        return new ArrayList<>(items(id).keySet());
    }

    private String startJob(String body) {
        var response = api.post("/api/v1/bulk-jobs", body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    private JsonNode awaitCompleted(String id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                "COMPLETED".equals(api.get("/api/v1/bulk-jobs/" + id).json().get("state").asString()));
        return api.get("/api/v1/bulk-jobs/" + id).json();
    }

    /** The items by charger, in the API's order (a job here has at most 5). */
    private Map<String, JsonNode> items(String id) {
        Map<String, JsonNode> byCharger = new LinkedHashMap<>();
        api.get("/api/v1/bulk-jobs/" + id + "/items").json().get("items")
                .forEach(item -> byCharger.put(item.get("charger").asString(), item));
        return byCharger;
    }

    private SimulatedChargePoint find(String identity) {
        return chargers.stream().filter(c -> c.identity().equals(identity)).findFirst().orElseThrow();
    }

    private SiteId site(String name) {
        return sites.list().stream().filter(site -> site.name().equals(name)).findFirst()
                .orElseGet(() -> sites.create(name, null, ZoneId.of("UTC"))).id();
    }

    /** Registers (once), connects and boots a charger that describes itself as given. */
    private void charger(String identity, SiteId site, OcppVersion version, String vendor, String model,
                         String firmware) throws Exception {
        if (registry.find(new ChargerIdentity(identity)).isEmpty()) {
            registry.register(new io.busbar.chargers.RegisterCharger(new ChargerIdentity(identity), null, site, null));
        }
        SimulatedChargePoint charger = SimulatedChargePoint.connect("ws://localhost:" + port + "/ocpp", identity,
                version);
        chargers.add(charger);
        ObjectNode boot = NODES.objectNode();
        if (version == OcppVersion.V16) {
            boot.put("chargePointVendor", vendor).put("chargePointModel", model).put("firmwareVersion", firmware);
        } else {
            boot.put("reason", "PowerUp").putObject("chargingStation").put("vendorName", vendor).put("model", model)
                    .put("firmwareVersion", firmware);
        }
        JsonNode answer = charger.call("BootNotification", boot).get(10, TimeUnit.SECONDS);
        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
    }
}
