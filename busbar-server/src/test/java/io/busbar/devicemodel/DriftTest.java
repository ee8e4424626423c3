package io.busbar.devicemodel;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Configuration templates against real chargers of both versions: drift found at boot (after the boot was
 * answered), corrected automatically or on demand, stored and listed; one template by common names for both.
 */
@BusbarTest
class DriftTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;
    final List<SimulatedChargePoint> own = new ArrayList<>();

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        own.forEach(SimulatedChargePoint::close);
        chargers.close();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void driftFoundAtBootIsReportedAndLeftAloneWithoutAutoCorrect(OcppVersion version) throws Exception {
        String identity = "DRIFT-BOOT-" + version.name();
        template("report only " + version.name(), identity, false, """
                {"HeartbeatInterval": "300", "AuthorizeRemoteStart": "true"}""");
        SimulatedChargePoint charger = connect(identity, version, heartbeat(version, "60"));
        String read = version == OcppVersion.V16 ? "GetConfiguration" : "GetVariables";
        CompletableFuture<Void> bootAnswered = new CompletableFuture<>();
        AtomicBoolean readBeforeBootAnswer = new AtomicBoolean();
        charger.onCall(read, call -> {
            readBeforeBootAnswer.compareAndSet(false, !bootAnswered.isDone());
            return charger.configuration().answer(call);
        });

        charger.boot().whenComplete((answer, failure) -> bootAnswered.complete(null)).get(10, TimeUnit.SECONDS);

        JsonNode report = awaitReport(identity);
        assertThat(report.get("template").asString()).isEqualTo("report only " + version.name());
        assertThat(report.get("inSync").asBoolean()).isFalse();
        assertThat(report.get("drifts")).hasSize(1);
        JsonNode drift = report.get("drifts").get(0);
        assertThat(drift.get("setting").asString()).isEqualTo("HeartbeatInterval");
        assertThat(drift.get("desired").asString()).isEqualTo("300");
        assertThat(drift.get("reported").asString()).isEqualTo("60");
        assertThat(drift.path("correction").isMissingNode()).isTrue();
        assertThat(readBeforeBootAnswer).as("a CALL reached the charger before its boot was answered").isFalse();
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action).containsExactly(read);
        assertThat(heartbeatOf(charger)).isEqualTo("60");
        assertThat(api.get("/api/v1/drift?inSync=false").json().get("items").valueStream()
                .map(r -> r.get("charger").asString())).contains(identity);
    }

    @Test
    void oneTemplateByCommonNamesCorrectsBothVersionsAtBoot() {
        template("fleet auto-correct", List.of("AUTO-16", "AUTO-201"), true, """
                {"HeartbeatInterval": "300", "MeterValueSampleInterval": "30"}""");
        SimulatedChargePoint v16 = connect("AUTO-16", OcppVersion.V16, heartbeat(OcppVersion.V16, "60"));
        SimulatedChargePoint v201 = connect("AUTO-201", OcppVersion.V201, heartbeat(OcppVersion.V201, "60"));

        v16.boot();
        v201.boot();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(heartbeatOf(v16)).isEqualTo("300");
            assertThat(heartbeatOf(v201)).isEqualTo("300");
            assertThat(v16.configuration().key("MeterValueSampleInterval")).isEqualTo("30");
            assertThat(v201.configuration().variable("SampledDataCtrlr", "TxUpdatedInterval")).isEqualTo("30");
        });
        ReceivedCall change = v16.receivedCalls().stream().filter(c -> c.action().equals("ChangeConfiguration"))
                .filter(c -> c.payload().get("key").asString().equals("HeartbeatInterval")).findFirst().orElseThrow();
        assertThat(change.payload().get("value").asString()).isEqualTo("300");
        JsonNode set = v201.receivedCalls().stream().filter(c -> c.action().equals("SetVariables"))
                .map(c -> c.payload().get("setVariableData").get(0))
                .filter(d -> d.get("variable").get("name").asString().equals("HeartbeatInterval")).findFirst().orElseThrow();
        assertThat(set.get("component").get("name").asString()).isEqualTo("OCPPCommCtrlr");
        assertThat(set.get("attributeValue").asString()).isEqualTo("300");
        for (String identity : List.of("AUTO-16", "AUTO-201")) {
            JsonNode report = awaitReport(identity);
            assertThat(report.get("inSync").asBoolean()).as(identity).isTrue();
            assertThat(report.get("drifts").valueStream().map(d -> d.get("setting").asString()))
                    .containsExactlyInAnyOrder("HeartbeatInterval", "MeterValueSampleInterval");
            assertThat(report.get("drifts").valueStream().map(d -> d.get("correction").get("status").asString()))
                    .containsOnly("Accepted");
            JsonNode corrections = api.get("/api/v1/chargers/" + identity + "/commands").json().get("items");
            assertThat(corrections).hasSize(2);
            assertThat(corrections.valueStream().map(c -> c.get("actor").get("id").asString())).containsOnly("drift-check");
        }
    }

    @Test
    void onDemandCheckReportsThenCorrectsWhenAsked() {
        SimulatedChargePoint charger = chargers.booted("DRIFT-DEMAND", OcppVersion.V201);
        assertThat(api.get("/api/v1/chargers/DRIFT-DEMAND/drift").status()).isEqualTo(404);
        template("on demand", "DRIFT-DEMAND", false, """
                {"HeartbeatInterval": "300", "TxCtrlr.EVConnectionTimeOut": "90"}""");
        charger.configuration().setVariable("OCPPCommCtrlr", "HeartbeatInterval", "45");

        var look = api.post("/api/v1/chargers/DRIFT-DEMAND/drift-check", "{\"correct\": false}");
        int setsAfterLooking = sets(charger);
        var fix = api.post("/api/v1/chargers/DRIFT-DEMAND/drift-check", "{\"correct\": true}");

        assertThat(look.status()).as(look.body()).isEqualTo(200);
        assertThat(look.json().get("inSync").asBoolean()).isFalse();
        assertThat(look.json().get("drifts").valueStream().map(d -> d.get("setting").asString() + "="
                + d.get("reported").asString())).containsExactly("HeartbeatInterval=45", "TxCtrlr.EVConnectionTimeOut=60");
        assertThat(setsAfterLooking).isZero();
        assertThat(fix.json().get("inSync").asBoolean()).isTrue();
        assertThat(fix.json().get("drifts").valueStream().map(d -> d.get("correction").get("corrected").asBoolean()))
                .containsOnly(true);
        assertThat(charger.configuration().variable("OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo("300");
        assertThat(charger.configuration().variable("TxCtrlr", "EVConnectionTimeOut")).isEqualTo("90");
        assertThat(api.get("/api/v1/chargers/DRIFT-DEMAND/drift").json().get("inSync").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/drift?inSync=false").json().get("items").valueStream()
                .map(r -> r.get("charger").asString())).doesNotContain("DRIFT-DEMAND");
        assertThat(api.get("/api/v1/chargers/DRIFT-DEMAND/commands").json().get("items").valueStream()
                .map(c -> c.get("actor").get("kind").asString())).containsOnly("api-key");
    }

    @Test
    void templatesAreValidatedAndTheMostSpecificOneApplies() {
        chargers.booted("DRIFT-PICK", OcppVersion.V16);
        var invalid = api.post("/api/v1/configuration-templates", """
                {"name": "bad", "settings": {"HeartbeatInterval": "often"}, "autoCorrect": false}""");
        String anyCharger = id(api.post("/api/v1/configuration-templates", """
                {"name": "everyone", "settings": {"HeartbeatInterval": "900"}, "autoCorrect": false, "priority": 100}"""));
        String sameName = String.valueOf(api.post("/api/v1/configuration-templates", """
                {"name": "everyone", "settings": {"HeartbeatInterval": "900"}, "autoCorrect": false}""").status());
        String byModel = id(api.post("/api/v1/configuration-templates", """
                {"name": "simulators", "vendor": "busbar", "model": "SimCP-1",
                 "settings": {"HeartbeatInterval": "300"}, "autoCorrect": false}"""));

        var report = api.post("/api/v1/chargers/DRIFT-PICK/drift-check", null);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("settings.HeartbeatInterval");
        assertThat(sameName).isEqualTo("409");
        assertThat(report.json().get("template").asString()).isEqualTo("simulators");
        assertThat(report.json().get("inSync").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/configuration-templates").json().get("items").valueStream()
                .map(t -> t.get("name").asString())).contains("everyone", "simulators");
        var replaced = api.put("/api/v1/configuration-templates/" + byModel, """
                {"name": "simulators", "vendor": "Busbar", "settings": {"HeartbeatInterval": "120"}, "autoCorrect": false}""");
        assertThat(replaced.json().get("settings").get("HeartbeatInterval").asString()).isEqualTo("120");
        assertThat(api.post("/api/v1/chargers/DRIFT-PICK/drift-check", null).json().get("drifts").get(0)
                .get("desired").asString()).isEqualTo("120");
        assertThat(api.delete("/api/v1/configuration-templates/" + anyCharger).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/configuration-templates/" + byModel).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/configuration-templates/" + byModel).status()).isEqualTo(404);
    }

    private SimulatedChargePoint connect(String identity, OcppVersion version,
                                         UnaryOperator<SimulatedChargePoint.Builder> options) {
        chargers.register(identity);
        SimulatedChargePoint charger = options.apply(SimulatedChargePoint.builder(chargers.url(), identity, version)
                .password(SimulatedChargers.PASSWORD)).connect();
        own.add(charger);
        return charger;
    }

    private static UnaryOperator<SimulatedChargePoint.Builder> heartbeat(OcppVersion version, String seconds) {
        return version == OcppVersion.V16 ? b -> b.setting("HeartbeatInterval", seconds)
                : b -> b.variable("OCPPCommCtrlr", "HeartbeatInterval", seconds);
    }

    private static String heartbeatOf(SimulatedChargePoint charger) {
        return charger.version() == OcppVersion.V16 ? charger.configuration().key("HeartbeatInterval")
                : charger.configuration().variable("OCPPCommCtrlr", "HeartbeatInterval");
    }

    private static int sets(SimulatedChargePoint charger) {
        return (int) charger.receivedCalls().stream().filter(c -> c.action().equals("SetVariables")).count();
    }

    private JsonNode awaitReport(String identity) {
        return await().atMost(PATIENCE).until(() -> api.get("/api/v1/chargers/" + identity + "/drift"),
                r -> r.status() == 200).json();
    }

    private void template(String name, String identity, boolean autoCorrect, String settings) {
        template(name, List.of(identity), autoCorrect, settings);
    }

    private void template(String name, List<String> identities, boolean autoCorrect, String settings) {
        String chargersJson = identities.stream().map(i -> "\"" + i + "\"").toList().toString();
        var created = api.post("/api/v1/configuration-templates", "{\"name\": \"" + name + "\", \"chargers\": "
                + chargersJson + ", \"autoCorrect\": " + autoCorrect + ", \"settings\": " + settings + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String id(ApiClient.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
