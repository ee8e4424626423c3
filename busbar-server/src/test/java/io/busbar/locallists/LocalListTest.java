package io.busbar.locallists;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Local authorization lists end to end over real sockets (OCA 1.6 TC_042 / TC_043, 2.0.1 D01 / D02): the REST
 * call, the SendLocalList / GetLocalListVersion frames the simulated charger received, its list afterwards, and
 * the state Busbar keeps. Tokens are shared by the class: every enabled charger gets every token.
 */
@BusbarTest
@TestPropertySource(properties = "busbar.local-list.resync-delay=200ms")
class LocalListTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void TC_043_enablingSendsTheFullListWithEveryTokensVerdict() {
        token("LL-A-043", false);
        token("LL-B-043", true);
        SimulatedChargePoint charger = chargers.booted("LL-043", OcppVersion.V16);

        var response = api.put("/api/v1/chargers/LL-043/local-list", """
                {"enabled": true}""");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode state = response.json();
        assertThat(state.get("enabled").asBoolean()).isTrue();
        assertThat(state.get("syncState").asString()).isEqualTo("IN_SYNC");
        assertThat(state.get("lastUpdateType").asString()).isEqualTo("FULL");
        assertThat(state.get("lastResult").asString()).isEqualTo("Accepted");
        JsonNode sent = sendLocalLists(charger).getFirst();
        assertThat(sent.get("updateType").asString()).isEqualTo("Full");
        assertThat(sent.get("listVersion").asInt()).isEqualTo(state.get("version").asInt()).isPositive();
        assertThat(sent.get("localAuthorizationList").valueStream()
                .filter(e -> e.get("idTag").asString().endsWith("-043"))
                .map(e -> e.get("idTag").asString() + "=" + e.at("/idTagInfo/status").asString()))
                .containsExactly("LL-A-043=Accepted", "LL-B-043=Blocked");
        assertThat(charger.localList().localList()).containsEntry("LL-A-043", "Accepted")
                .containsEntry("LL-B-043", "Blocked");
        assertThat(charger.localList().version()).isGreaterThanOrEqualTo(sent.get("listVersion").asInt());
    }

    @Test
    void TC_042_getLocalListVersionIsRecorded_andAChargerWithoutListsSaysSo() {
        SimulatedChargePoint charger = chargers.booted("LL-042", OcppVersion.V16);
        SimulatedChargePoint without = chargers.booted("LL-042-NONE", OcppVersion.V16);
        without.localList().supported(false);
        api.put("/api/v1/chargers/LL-042/local-list", "{\"enabled\": true}");

        var version = api.post("/api/v1/chargers/LL-042/local-list/version", null);
        var none = api.post("/api/v1/chargers/LL-042-NONE/local-list/version", null);
        var enableNone = api.put("/api/v1/chargers/LL-042-NONE/local-list", "{\"enabled\": true}");

        assertThat(version.status()).as(version.body()).isEqualTo(200);
        assertThat(version.json().get("reportedVersion").asInt()).isEqualTo(charger.localList().version())
                .isEqualTo(version.json().get("acceptedVersion").asInt());
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action).contains("GetLocalListVersion");
        assertThat(none.json().get("reportedVersion").asInt()).isEqualTo(-1);
        assertThat(enableNone.json().get("syncState").asString()).isEqualTo("NOT_SUPPORTED");
        assertThat(enableNone.json().get("lastResult").asString()).isEqualTo("NotSupported");
    }

    @Test
    void D01_blockingATokenSendsADifferentialUpdateToEveryEnabledStation() {
        token("LL-D01", false);
        SimulatedChargePoint station = chargers.booted("LL-D01-CS", OcppVersion.V201);
        int fullVersion = api.put("/api/v1/chargers/LL-D01-CS/local-list", "{\"enabled\": true}").json()
                .get("version").asInt();
        assertThat(station.localList().localList()).containsEntry("LL-D01", "Accepted");

        var blocked = api.patch("/api/v1/id-tokens/LL-D01", "{\"blocked\": true}");

        assertThat(blocked.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "Blocked".equals(station.localList().localList().get("LL-D01")));
        JsonNode diff = sendLocalLists(station).getLast();
        assertThat(diff.get("updateType").asString()).isEqualTo("Differential");
        assertThat(diff.get("versionNumber").asInt()).isGreaterThan(fullVersion);
        assertThat(diff.get("localAuthorizationList")).singleElement().satisfies(entry -> {
            assertThat(entry.at("/idToken/idToken").asString()).isEqualTo("LL-D01");
            assertThat(entry.at("/idToken/type").asString()).isEqualTo("ISO14443");
            assertThat(entry.at("/idTokenInfo/status").asString()).isEqualTo("Blocked");
        });
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode state = api.get("/api/v1/chargers/LL-D01-CS/local-list").json();
            assertThat(state.get("syncState").asString()).isEqualTo("IN_SYNC");
            assertThat(state.get("acceptedVersion").asInt()).isEqualTo(diff.get("versionNumber").asInt());
        });
    }

    @Test
    void D01_aVersionMismatchIsFollowedByTheFullList() {
        SimulatedChargePoint station = chargers.booted("LL-D01-VM", OcppVersion.V201);
        api.put("/api/v1/chargers/LL-D01-VM/local-list", "{\"enabled\": true}");
        station.localList().setVersion(1000); // someone else sent it a newer list

        token("LL-VM-NEW", false);

        await().atMost(WAIT).until(() -> station.localList().localList().containsKey("LL-VM-NEW"));
        List<String> types = sendLocalLists(station).stream().map(p -> p.get("updateType").asString()).toList();
        assertThat(types).containsExactly("Full", "Differential", "Full");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode state = api.get("/api/v1/chargers/LL-D01-VM/local-list").json();
            assertThat(state.get("syncState").asString()).isEqualTo("IN_SYNC");
            assertThat(state.get("lastUpdateType").asString()).isEqualTo("FULL");
        });
    }

    @Test
    void anOfflineChargerIsMarkedOutOfSyncAndGetsTheFullListWhenItIsBack() {
        token("LL-OFF", false);
        SimulatedChargePoint charger = chargers.booted("LL-OFF-CP", OcppVersion.V16);
        api.put("/api/v1/chargers/LL-OFF-CP/local-list", "{\"enabled\": true}");
        charger.disconnect();
        await().atMost(WAIT).until(() -> !api.get("/api/v1/chargers/LL-OFF-CP").json().get("online").asBoolean());

        api.patch("/api/v1/id-tokens/LL-OFF", "{\"blocked\": true}");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode state = api.get("/api/v1/chargers/LL-OFF-CP/local-list").json();
            assertThat(state.get("syncState").asString()).isEqualTo("OUT_OF_SYNC");
            assertThat(state.get("lastResult").asString()).isEqualTo("OFFLINE");
        });
        assertThat(charger.localList().localList()).containsEntry("LL-OFF", "Accepted");

        charger.reconnect();

        await().atMost(WAIT).until(() -> "Blocked".equals(charger.localList().localList().get("LL-OFF")));
        assertThat(sendLocalLists(charger).getLast().get("updateType").asString()).isEqualTo("Full");
        await().atMost(WAIT).until(() -> "IN_SYNC".equals(
                api.get("/api/v1/chargers/LL-OFF-CP/local-list").json().get("syncState").asString()));
    }

    @Test
    void optingOutClearsTheChargersListAndUnknownChargersAre404() {
        token("LL-OUT", false);
        SimulatedChargePoint charger = chargers.booted("LL-OUT-CP", OcppVersion.V201);
        api.put("/api/v1/chargers/LL-OUT-CP/local-list", "{\"enabled\": true}");

        var disabled = api.put("/api/v1/chargers/LL-OUT-CP/local-list", "{\"enabled\": false}");
        var invalid = api.put("/api/v1/chargers/LL-OUT-CP/local-list", "{}");
        var unknown = api.get("/api/v1/chargers/NOPE/local-list");

        assertThat(disabled.json().get("syncState").asString()).isEqualTo("DISABLED");
        assertThat(charger.localList().localList()).isEmpty();
        JsonNode clear = sendLocalLists(charger).getLast();
        assertThat(clear.get("updateType").asString()).isEqualTo("Full");
        assertThat(clear.has("localAuthorizationList")).isFalse();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
    }

    private void token(String value, boolean blocked) {
        var created = api.post("/api/v1/id-tokens", """
                {"value": "%s", "blocked": %s}""".formatted(value, blocked));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static List<JsonNode> sendLocalLists(SimulatedChargePoint charger) {
        return charger.receivedCalls().stream().filter(c -> c.action().equals("SendLocalList"))
                .map(ReceivedCall::payload).toList();
    }
}
