package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcFrame;
import io.busbar.simulator.noop.NoOpOcppServer;
import io.busbar.simulator.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The simulator against the no-op OCPP server over real sockets, asserting the frames the server received. */
class SimulatedChargePointTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private NoOpOcppServer server;
    private final MutableClock clock = new MutableClock(T0);
    private final List<SimulatedChargePoint> chargePoints = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = NoOpOcppServer.start(0, true);
    }

    @AfterEach
    void stopAll() {
        chargePoints.forEach(SimulatedChargePoint::close);
        server.close();
    }

    @Test
    void bootsAndBeatsInOcpp16() throws Exception {
        SimulatedChargePoint cp = connect("CP16-BOOT", OcppVersion.V16);

        SimulatedChargePoint.BootResult boot = cp.boot().get(5, TimeUnit.SECONDS);
        Instant beat = cp.heartbeat().get(5, TimeUnit.SECONDS);

        assertThat(boot.status()).isEqualTo("Accepted");
        assertThat(boot.interval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(beat).isNotNull();
        List<JsonNode> frames = frames("CP16-BOOT");
        assertThat(frames).extracting(f -> f.get(2).asString()).containsExactly("BootNotification", "Heartbeat");
        JsonNode bootPayload = frames.getFirst().get(3);
        assertThat(bootPayload.get("chargePointVendor").asString()).isEqualTo("Busbar");
        assertThat(bootPayload.get("chargePointModel").asString()).isEqualTo("SimCP-1");
        assertThat(bootPayload.get("chargePointSerialNumber").asString()).isEqualTo("SIM-SN-CP16-BOOT");
        assertThat(bootPayload.has("firmwareVersion")).isTrue();
        assertThat(frames.get(1).get(3).isEmpty()).isTrue();
    }

    @Test
    void bootsInOcpp201WithChargingStationObject() throws Exception {
        SimulatedChargePoint cp = connect("CS201-BOOT", OcppVersion.V201);

        assertThat(cp.boot().get(5, TimeUnit.SECONDS).status()).isEqualTo("Accepted");

        JsonNode payload = frames("CS201-BOOT").getFirst().get(3);
        assertThat(payload.get("reason").asString()).isEqualTo("PowerUp");
        assertThat(payload.at("/chargingStation/vendorName").asString()).isEqualTo("Busbar");
        assertThat(payload.at("/chargingStation/model").asString()).isEqualTo("SimCP-1");
    }

    @Test
    void ocpp16SessionSendsStatusStartMeterValuesAndStopInOrder() {
        SimulatedChargePoint cp = connect("CP16-SESSION", OcppVersion.V16);
        SimulatedEv ev = new SimulatedEv(60_000, 20.0, 11_000, 3);

        ChargingSession session = cp.plugIn(1, ev).authorize("TAG-0001").start();
        clock.advance(Duration.ofMinutes(15));
        session.advance(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        session.advance(Duration.ofMinutes(15)).stop(StopReason.LOCAL);

        List<JsonNode> frames = frames("CP16-SESSION");
        assertThat(frames).extracting(f -> f.get(2).asString()).containsExactly("StatusNotification", "Authorize",
                "StartTransaction", "StatusNotification", "MeterValues", "MeterValues", "StopTransaction",
                "StatusNotification", "StatusNotification");
        assertThat(frames).filteredOn(f -> f.get(2).asString().equals("StatusNotification"))
                .extracting(f -> f.get(3).get("status").asString())
                .containsExactly("Preparing", "Charging", "Finishing", "Available");
        JsonNode start = frames.get(2).get(3);
        assertThat(start.get("connectorId").asInt()).isEqualTo(1);
        assertThat(start.get("idTag").asString()).isEqualTo("TAG-0001");
        assertThat(start.get("meterStart").asLong()).isZero();
        assertThat(start.get("timestamp").asString()).isEqualTo(T0.toString());

        JsonNode firstMeter = frames.get(4).get(3);
        int transactionId = Integer.parseInt(session.transactionId());
        assertThat(firstMeter.get("transactionId").asInt()).isEqualTo(transactionId);
        JsonNode meterValue = firstMeter.get("meterValue").get(0);
        assertThat(meterValue.get("timestamp").asString()).isEqualTo(T0.plus(Duration.ofMinutes(15)).toString());
        assertThat(sample(meterValue, "Energy.Active.Import.Register", null).get("value").asString()).isEqualTo("2750");
        assertThat(sample(meterValue, "Energy.Active.Import.Register", null).get("unit").asString()).isEqualTo("Wh");
        assertThat(sample(meterValue, "Power.Active.Import", null).get("value").asString()).isEqualTo("11000");
        assertThat(List.of("L1", "L2", "L3")).allSatisfy(phase ->
                assertThat(sample(meterValue, "Current.Import", phase).get("value").asString()).isEqualTo("15.9"));
        assertThat(sample(meterValue, "Voltage", "L1-N").get("value").asString()).isEqualTo("230");
        assertThat(sample(meterValue, "SoC", null).get("value").asString()).isEqualTo("24");
        assertThat(sample(meterValue, "SoC", null).get("unit").asString()).isEqualTo("Percent");

        JsonNode stop = frames.get(6).get(3);
        assertThat(stop.get("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(stop.get("meterStop").asLong()).isEqualTo(5500);
        assertThat(stop.get("reason").asString()).isEqualTo("Local");
        assertThat(stop.at("/transactionData/0/sampledValue/0/context").asString()).isEqualTo("Transaction.End");
    }

    @Test
    void ocpp201SessionNumbersTransactionEventsAndCarriesTheFields() {
        SimulatedChargePoint cp = connect("CS201-SESSION", OcppVersion.V201);
        // 7.4 kW on-board charger, but one phase of a 32 A charger gives only 32 A x 230 V = 7,360 W.
        SimulatedEv singlePhaseEv = new SimulatedEv(40_000, 50.0, 7_400, 1);

        ChargingSession session = cp.plugIn(2, singlePhaseEv).authorize("TAG-0002").start();
        clock.advance(Duration.ofMinutes(30));
        session.advance(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30));
        session.advance(Duration.ofMinutes(30)).stop(StopReason.EV_DISCONNECTED);

        List<JsonNode> frames = frames("CS201-SESSION");
        assertThat(frames).extracting(f -> f.get(2).asString()).containsExactly("StatusNotification", "Authorize",
                "TransactionEvent", "TransactionEvent", "TransactionEvent", "TransactionEvent", "StatusNotification");
        assertThat(frames.get(0).get(3).get("connectorStatus").asString()).isEqualTo("Occupied");
        assertThat(frames.get(0).get(3).get("evseId").asInt()).isEqualTo(2);
        assertThat(frames.get(1).get(3).at("/idToken/idToken").asString()).isEqualTo("TAG-0002");
        List<JsonNode> events = frames.subList(2, 6).stream().map(f -> f.get(3)).toList();
        assertThat(events).extracting(e -> e.get("eventType").asString())
                .containsExactly("Started", "Updated", "Updated", "Ended");
        assertThat(events).extracting(e -> e.get("seqNo").asInt()).containsExactly(0, 1, 2, 3);
        assertThat(events).extracting(e -> e.at("/transactionInfo/transactionId").asString())
                .containsOnly(session.transactionId());
        assertThat(events).extracting(e -> e.get("triggerReason").asString())
                .containsExactly("Authorized", "MeterValuePeriodic", "MeterValuePeriodic", "EVDeparted");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.at("/evse/id").asInt()).isEqualTo(2);
            assertThat(e.at("/evse/connectorId").asInt()).isEqualTo(1);
        });
        assertThat(events.getFirst().at("/idToken/type").asString()).isEqualTo("ISO14443");
        assertThat(events.getFirst().at("/transactionInfo/chargingState").asString()).isEqualTo("Charging");
        JsonNode updated = events.get(1).get("meterValue").get(0);
        assertThat(sample(updated, "Energy.Active.Import.Register", null).get("value").asLong()).isEqualTo(3680);
        assertThat(sample(updated, "Energy.Active.Import.Register", null).at("/unitOfMeasure/unit").asString())
                .isEqualTo("Wh");
        assertThat(sample(updated, "Current.Import", "L1").get("value").decimalValue()).isEqualByComparingTo("32.0");
        assertThat(sample(updated, "Current.Import", "L2")).isNull();
        JsonNode ended = events.get(3);
        assertThat(ended.at("/transactionInfo/stoppedReason").asString()).isEqualTo("EVDisconnected");
        assertThat(ended.at("/meterValue/0/sampledValue/0/context").asString()).isEqualTo("Transaction.End");
        assertThat(frames.get(6).get(3).get("connectorStatus").asString()).isEqualTo("Available");
    }

    @Test
    void answersCsmsCallsAndRecordsThem() throws Exception {
        SimulatedChargePoint cp = connect("CS201-CSMS", OcppVersion.V201);
        cp.onCall("GetVariables", call -> {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.putArray("getVariableResult");
            return answer;
        });
        JsonNode resetRequest = JsonNodeFactory.instance.objectNode().put("type", "Immediate");
        JsonNode setVariables = JSON.readTree("""
                {"setVariableData":[{"attributeValue":"300","component":{"name":"OCPPCommCtrlr"},
                "variable":{"name":"HeartbeatInterval"}}]}""");

        RpcFrame reset = server.sendCall("CS201-CSMS", "ClearCache", resetRequest).get(5, TimeUnit.SECONDS);
        RpcFrame set = server.sendCall("CS201-CSMS", "SetVariables", setVariables).get(5, TimeUnit.SECONDS);
        RpcFrame custom = server.sendCall("CS201-CSMS", "GetVariables", setVariables).get(5, TimeUnit.SECONDS);
        RpcFrame unknown = server.sendCall("CS201-CSMS", "FlyToTheMoon", resetRequest).get(5, TimeUnit.SECONDS);

        assertThat(((CallResult) reset).payload().get("status").asString()).isEqualTo("Accepted");
        JsonNode result = ((CallResult) set).payload().get("setVariableResult").get(0);
        assertThat(result.get("attributeStatus").asString()).isEqualTo("Accepted");
        assertThat(result.at("/variable/name").asString()).isEqualTo("HeartbeatInterval");
        assertThat(((CallResult) custom).payload().has("getVariableResult")).isTrue();
        assertThat(((CallError) unknown).errorCode()).isEqualTo("NotImplemented");
        assertThat(cp.receivedCalls()).extracting(ReceivedCall::action)
                .containsExactly("ClearCache", "SetVariables", "GetVariables", "FlyToTheMoon");
        assertThat(cp.receivedCalls().getFirst().payload()).isEqualTo(resetRequest);
        assertThat(cp.receivedCalls().getFirst().receivedAt()).isEqualTo(T0);
    }

    @Test
    void ocpp16ChargePointAcceptsRemoteStart() throws Exception {
        SimulatedChargePoint cp = connect("CP16-REMOTE", OcppVersion.V16);

        RpcFrame answer = server.sendCall("CP16-REMOTE", "RemoteStartTransaction",
                JsonNodeFactory.instance.objectNode().put("idTag", "TAG-1")).get(5, TimeUnit.SECONDS);

        assertThat(((CallResult) answer).payload().get("status").asString()).isEqualTo("Accepted");
        assertThat(cp.receivedCalls()).extracting(ReceivedCall::action).containsExactly("RemoteStartTransaction");
    }

    @Test
    void concurrentCallsQueueAndAllGetTheirOwnAnswer() {
        SimulatedChargePoint cp = connect("CP16-QUEUE", OcppVersion.V16);

        List<CompletableFuture<JsonNode>> answers = IntStream.range(0, 20)
                .mapToObj(i -> cp.dataTransfer("Busbar", "msg", Integer.toString(i)))
                .toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.get(5, TimeUnit.SECONDS).get("status").asString())
                .isEqualTo("Accepted"));
        assertThat(frames("CP16-QUEUE")).extracting(f -> f.get(3).get("data").asString())
                .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(Integer::toString).toList());
    }

    @Test
    void rawFramesGetTheServersAnswer() throws Exception {
        SimulatedChargePoint cp = connect("CS201-RAW", OcppVersion.V201);

        RpcFrame answer = cp.sendRaw("[2,\"raw-1\",\"Heartbeat\",[]]").get(5, TimeUnit.SECONDS);

        assertThat(answer).isInstanceOf(CallError.class);
        assertThat(((CallError) answer).errorCode()).isEqualTo("FormatViolation");
        assertThat(cp.rawAnswerTo("raw-1").get(5, TimeUnit.SECONDS)).isEqualTo(answer);
        assertThat(cp.heartbeat().get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void offlineSessionQueuesAndFlushesInOrderWithOriginalTimestamps() {
        SimulatedChargePoint cp = connect("CP16-OFFLINE", OcppVersion.V16);
        PluggedInEv plugged = cp.plugIn(1, new SimulatedEv(60_000, 30.0, 11_000, 3)).authorize("TAG-OFF");

        cp.disconnect();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connectedCount() == 0);
        ChargingSession session = plugged.start();
        clock.advance(Duration.ofMinutes(10));
        session.advance(Duration.ofMinutes(10)).stop(StopReason.LOCAL);
        clock.advance(Duration.ofHours(1));

        assertThat(cp.queuedWhileOffline()).isEqualTo(6);
        cp.reconnect();
        await().atMost(Duration.ofSeconds(5)).until(() -> frames("CP16-OFFLINE").size() == 8);

        List<JsonNode> frames = frames("CP16-OFFLINE");
        assertThat(frames).extracting(f -> f.get(2).asString()).containsExactly("StatusNotification", "Authorize",
                "StartTransaction", "StatusNotification", "MeterValues", "StopTransaction", "StatusNotification",
                "StatusNotification");
        assertThat(frames.get(2).get(3).get("timestamp").asString()).isEqualTo(T0.toString());
        assertThat(frames.get(4).get(3).get("transactionId").asInt())
                .isEqualTo(Integer.parseInt(session.transactionId()));
        assertThat(frames.get(5).get(3).get("timestamp").asString())
                .isEqualTo(T0.plus(Duration.ofMinutes(10)).toString());
        assertThat(cp.queuedWhileOffline()).isZero();
    }

    @Test
    void offlineOcpp201EventsAreMarkedOffline() {
        SimulatedChargePoint cp = connect("CS201-OFFLINE", OcppVersion.V201);
        PluggedInEv plugged = cp.plugIn(1, new SimulatedEv(60_000, 30.0, 11_000, 3)).authorize("TAG-OFF");

        cp.disconnect();
        plugged.start().advance(Duration.ofMinutes(5));
        cp.reconnect();
        await().atMost(Duration.ofSeconds(5)).until(() -> frames("CS201-OFFLINE").size() == 4);

        List<JsonNode> events = frames("CS201-OFFLINE").subList(2, 4).stream().map(f -> f.get(3)).toList();
        assertThat(events).allSatisfy(e -> assertThat(e.get("offline").asBoolean()).isTrue());
        assertThat(events).extracting(e -> e.get("seqNo").asInt()).containsExactly(0, 1);
    }

    private SimulatedChargePoint connect(String identity, OcppVersion version) {
        SimulatedChargePoint cp = SimulatedChargePoint.builder(server.url(), identity, version)
                .clock(clock)
                .callTimeout(Duration.ofSeconds(5))
                .connect();
        chargePoints.add(cp);
        return cp;
    }

    private List<JsonNode> frames(String identity) {
        return server.receivedFrames(identity).stream().map(JSON::readTree).toList();
    }

    private static JsonNode sample(JsonNode meterValue, String measurand, String phase) {
        for (JsonNode sample : meterValue.get("sampledValue")) {
            if (sample.get("measurand").asString().equals(measurand)
                    && (phase == null || phase.equals(sample.path("phase").asString(null)))) {
                return sample;
            }
        }
        return null;
    }
}
