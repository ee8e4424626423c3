package io.busbar.smartcharging;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The topology resource's validation, the charging-profile commands on both protocol versions (through the generic
 * command endpoint, on chargers no site manages), and the charging-needs answer for an unmanaged EVSE.
 */
@BusbarTest
class LoadManagementApiTest {
    @LocalServerPort
    int port;
    ApiClient api;
    RestApi rest;
    SimulatedChargers chargers;
    String site;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        rest = new RestApi(port);
        chargers = new SimulatedChargers(port);
        site = rest.post("/api/v1/sites", Map.of("name", "Office " + System.nanoTime())).get("id").asString();
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void aTopologyWithAnEvseTwiceOrLimitsOfZeroIsRefusedWithEveryProblem() {
        chargers.register("TOPO-1");
        assertThat(api.get("/api/v1/sites/" + site + "/topology").status()).isEqualTo(404);

        var refused = api.put("/api/v1/sites/" + site + "/topology", """
                {"grid": {"id": "grid", "limits": {"l1": 0, "l2": 100, "l3": 100}},
                 "evses": [{"charger": "TOPO-1", "evseId": 1, "wiring": {"type": "THREE_PHASE"}, "maxCurrentA": 32},
                           {"charger": "TOPO-1", "evseId": 1, "wiring": {"type": "THREE_PHASE"}, "maxCurrentA": 32},
                           {"charger": "NOT-REGISTERED", "evseId": 1, "wiring": {"type": "LINE_TO_NEUTRAL", "line": "L4"},
                            "maxCurrentA": 16}]}""");

        assertThat(refused.status()).isEqualTo(400);
        String problems = refused.json().get("errors").toString();
        assertThat(problems).contains("grid.limits.l1", "evses[1]", "appears twice", "evses[2].wiring");
        assertThat(api.get("/api/v1/sites/" + site + "/topology").status()).isEqualTo(404);
    }

    @Test
    void aValidTopologyIsStoredWithItsRevisionAndItsFailSafeIsComputed() {
        chargers.register("TOPO-2");
        chargers.register("TOPO-3");
        String document = """
                {"grid": {"id": "grid", "limits": {"l1": 64, "l2": 64, "l3": 64}},
                 "breakers": [{"id": "feeder", "parent": "grid", "limits": {"l1": 40}}],
                 "evses": [{"charger": "TOPO-2", "evseId": 1, "parent": "feeder", "wiring": {"type": "THREE_PHASE"},
                            "maxCurrentA": 32},
                           {"charger": "TOPO-3", "evseId": 1, "wiring": {"type": "THREE_PHASE", "rotation": "STR"},
                            "maxCurrentA": 32}],
                 "nonEvLoad": {"maxAgeSeconds": 60, "worstCase": {"l1": 4, "l2": 4, "l3": 4}}}""";

        var stored = api.put("/api/v1/sites/" + site + "/topology", document);
        var again = api.put("/api/v1/sites/" + site + "/topology", document);

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(again.json().get("revision").asInt()).isEqualTo(2);
        JsonNode read = api.get("/api/v1/sites/" + site + "/topology").json();
        assertThat(read.at("/document/evses/1/wiring/rotation").asString()).isEqualTo("STR");
        // (64 A - 4 A worst-case building load) / 2 EVSEs = 30 A each; the feeder's 40 A on L1 does not bind.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                api.get("/api/v1/sites/" + site + "/allocation").json().get("failSafeA").asDouble()).isEqualTo(30.0));
        assertThat(api.put("/api/v1/sites/" + site + "/load", """
                {"l1": -1, "l2": 0, "l3": 0}""").status()).isEqualTo(400);
        assertThat(api.put("/api/v1/sites/" + site + "/load", """
                {"l1": 10, "l2": 12, "l3": 9.5}""").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                api.get("/api/v1/sites/" + site + "/allocation").json().get("nonEvLoadSource").asString())
                .isEqualTo("REPORTED"));
        assertThat(api.get("/api/v1/sites/" + site + "/demand").status()).isEqualTo(200);
    }

    /** OCPP 1.6 §5.16 / 2.0.1 K01: a TxProfile for the running transaction, then K10 ClearChargingProfile. */
    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void setChargingLimitSendsATxProfileForTheRunningTransactionAndClearRemovesIt(OcppVersion version) {
        String identity = "PROFILE-" + version.name();
        String token = "TOKEN-" + version.name();
        rest.post("/api/v1/id-tokens", Map.of("value", token, "type", "ISO14443"));
        SimulatedChargePoint charger = chargers.booted(identity, version);
        charger.plugIn(1, new SimulatedEv(60_000, 30, 22_080, 3)).authorize(token).start();
        JsonNode session = rest.onlySessionOf(identity);
        String transactionId = version == OcppVersion.V16 ? session.get("transactionNumber").asString()
                : session.get("chargerTransactionId").asString();

        var set = api.post("/api/v1/chargers/" + identity + "/commands", """
                {"command": "SetChargingLimit", "arguments": {"evseId": 1, "transactionId": "%s", "limit": 10.5,
                 "unit": "A", "numberPhases": 3, "profileId": 77, "stackLevel": 2,
                 "startSchedule": "2030-01-01T00:00:00Z", "durationSeconds": 600}}""".formatted(transactionId));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("status").asString()).isEqualTo("Accepted");
        JsonNode frame = last(charger, "SetChargingProfile");
        JsonNode profile = frame.get(version == OcppVersion.V16 ? "csChargingProfiles" : "chargingProfile");
        assertThat(profile.get("chargingProfilePurpose").asString()).isEqualTo("TxProfile");
        assertThat(profile.get("chargingProfileKind").asString()).isEqualTo("Absolute");
        assertThat(profile.get("stackLevel").asInt()).isEqualTo(2);
        JsonNode schedule = version == OcppVersion.V16 ? profile.get("chargingSchedule") : profile.get("chargingSchedule").get(0);
        assertThat(schedule.get("chargingRateUnit").asString()).isEqualTo("A");
        assertThat(schedule.get("duration").asInt()).isEqualTo(600);
        assertThat(schedule.at("/chargingSchedulePeriod/0/limit").decimalValue()).isEqualByComparingTo("10.5");
        if (version == OcppVersion.V16) {
            assertThat(frame.get("connectorId").asInt()).isEqualTo(1);
            assertThat(profile.get("transactionId").asInt()).isEqualTo(Integer.parseInt(transactionId));
        } else {
            assertThat(frame.get("evseId").asInt()).isEqualTo(1);
            assertThat(profile.get("transactionId").asString()).isEqualTo(transactionId);
        }

        var cleared = api.post("/api/v1/chargers/" + identity + "/commands", """
                {"command": "ClearChargingLimit", "arguments": {"profileId": 77}}""");
        assertThat(cleared.json().get("status").asString()).isEqualTo("Accepted");
        JsonNode clearFrame = last(charger, "ClearChargingProfile");
        assertThat(clearFrame.get(version == OcppVersion.V16 ? "id" : "chargingProfileId").asInt()).isEqualTo(77);
        assertThat(charger.chargingProfiles().installed()).noneMatch(p -> p.id() == 77);
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void setFailSafeLimitIsATxDefaultProfileForTheWholeCharger(OcppVersion version) {
        String identity = "FAILSAFE-" + version.name();
        SimulatedChargePoint charger = chargers.booted(identity, version);

        var set = api.post("/api/v1/chargers/" + identity + "/commands", """
                {"command": "SetFailSafeLimit", "arguments": {"limit": 8, "unit": "A", "profileId": 5, "stackLevel": 0}}""");

        assertThat(set.json().get("status").asString()).as(set.body()).isEqualTo("Accepted");
        JsonNode frame = last(charger, "SetChargingProfile");
        assertThat(frame.get(version == OcppVersion.V16 ? "connectorId" : "evseId").asInt()).isZero();
        JsonNode profile = frame.get(version == OcppVersion.V16 ? "csChargingProfiles" : "chargingProfile");
        assertThat(profile.get("chargingProfilePurpose").asString()).isEqualTo("TxDefaultProfile");
        assertThat(profile.get("chargingProfileKind").asString()).isEqualTo("Relative");
        assertThat(charger.chargingProfiles().currentLimitA(1)).isEqualTo(8.0);
        var invalid = api.post("/api/v1/chargers/" + identity + "/commands", """
                {"command": "SetFailSafeLimit", "arguments": {"limit": 8.25, "unit": "A", "profileId": 5, "stackLevel": 0}}""");
        assertThat(invalid.status()).isEqualTo(400);
    }

    /** K15: Busbar answers Rejected when no site manages the EVSE (no schedule would follow). */
    @Test
    void chargingNeedsOfAnUnmanagedEvseAreRejected() {
        rest.post("/api/v1/id-tokens", Map.of("value", "NEEDS-TOKEN", "type", "ISO14443"));
        chargers.register("NEEDS-1");
        SimulatedChargePoint charger = SimulatedChargePoint.builder(chargers.url(), "NEEDS-1", OcppVersion.V201)
                .password(SimulatedChargers.PASSWORD).iso15118(true).connect();
        try {
            charger.boot().join();
            var answer = charger.call("NotifyEVChargingNeeds", tools.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode().put("evseId", 1).set("chargingNeeds", tools.jackson.databind.node.JsonNodeFactory
                            .instance.objectNode().put("requestedEnergyTransfer", "AC_three_phase"))).join();
            assertThat(answer.get("status").asString()).isEqualTo("Rejected");
        } finally {
            charger.close();
        }
    }

    private static JsonNode last(SimulatedChargePoint charger, String action) {
        return charger.receivedCalls().stream().filter(call -> call.action().equals(action))
                .reduce((a, b) -> b).map(ReceivedCall::payload).orElseThrow();
    }
}
