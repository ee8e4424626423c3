package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.testing.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's answers to reservation and local-list calls, as a charger following the spec gives them. */
class SimulatedReservationsAndLocalListTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    @Test
    void reserveNowFollowsTheEvseAndTheOptions() {
        SimulatedChargePoint cp = chargePoint(OcppVersion.V16);
        Map<String, CsmsCallHandler> handlers = handlers(cp.reservations());

        String accepted = status(handlers, "ReserveNow", reserve16(1, 1, "TAG-1"));
        String otherToken = status(handlers, "ReserveNow", reserve16(2, 1, "TAG-2"));
        cp.reservations().observe(2, "Charging");
        String occupied = status(handlers, "ReserveNow", reserve16(3, 2, "TAG-3"));
        cp.reservations().observe(3, "Faulted");
        String faulted = status(handlers, "ReserveNow", reserve16(4, 3, "TAG-4"));
        cp.reservations().reserveConnectorZeroSupported(false);
        String zero = status(handlers, "ReserveNow", reserve16(5, 0, "TAG-5"));
        cp.reservations().enabled(false);
        String off = status(handlers, "ReserveNow", reserve16(6, 4, "TAG-6"));

        assertThat(accepted).isEqualTo("Accepted");
        assertThat(otherToken).isEqualTo("Occupied");
        assertThat(occupied).isEqualTo("Occupied");
        assertThat(faulted).isEqualTo("Faulted");
        assertThat(zero).isEqualTo("Rejected");
        assertThat(off).isEqualTo("Rejected");
        assertThat(cp.reservations().held()).extracting(SimulatedReservations.Held::id).containsExactly(1);
        assertThat(cp.reservations().accepts(1, "TAG-2")).isFalse();
        assertThatThrownBy(() -> cp.reservations().use(1, "TAG-2")).isInstanceOf(IllegalStateException.class);
        assertThat(cp.reservations().use(1, "TAG-1")).contains(1);
        assertThat(cp.reservations().held()).isEmpty();
    }

    @Test
    void cancelAndExpiryFollowTheChargersClock() {
        SimulatedChargePoint cp = chargePoint(OcppVersion.V201);
        Map<String, CsmsCallHandler> handlers = handlers(cp.reservations());
        status(handlers, "ReserveNow", json("""
                {"id": 7, "expiryDateTime": "%s", "idToken": {"idToken": "T", "type": "ISO14443"}, "evseId": 1}"""
                .formatted(T0.plus(Duration.ofMinutes(10)))));
        status(handlers, "ReserveNow", json("""
                {"id": 8, "expiryDateTime": "%s", "idToken": {"idToken": "U", "type": "ISO14443"}}"""
                .formatted(T0.plus(Duration.ofMinutes(30)))));

        String unknown = status(handlers, "CancelReservation", json("{\"reservationId\": 99}"));
        int early = cp.reservations().expireDue();
        clock.advance(Duration.ofMinutes(11));
        int due = cp.reservations().expireDue();
        String cancelled = status(handlers, "CancelReservation", json("{\"reservationId\": 8}"));

        assertThat(unknown).isEqualTo("Rejected");
        assertThat(early).isZero();
        assertThat(due).isOne();
        assertThat(cancelled).isEqualTo("Accepted");
        assertThat(cp.reservations().held()).isEmpty();
    }

    @Test
    void localListAppliesFullAndDifferentialUpdatesByVersion() {
        SimulatedLocalList list = new SimulatedLocalList(OcppVersion.V16);
        Map<String, CsmsCallHandler> handlers = new HashMap<>();
        list.install(handlers);

        String full = status(handlers, "SendLocalList", json("""
                {"listVersion": 3, "updateType": "Full", "localAuthorizationList": [
                  {"idTag": "A", "idTagInfo": {"status": "Accepted"}}, {"idTag": "B", "idTagInfo": {"status": "Accepted"}}]}"""));
        String stale = status(handlers, "SendLocalList", json("""
                {"listVersion": 3, "updateType": "Differential", "localAuthorizationList": [{"idTag": "C", "idTagInfo": {"status": "Accepted"}}]}"""));
        String diff = status(handlers, "SendLocalList", json("""
                {"listVersion": 4, "updateType": "Differential", "localAuthorizationList": [
                  {"idTag": "A", "idTagInfo": {"status": "Blocked"}}, {"idTag": "B"}]}"""));
        int version = handlers.get("GetLocalListVersion").answer(call("GetLocalListVersion", json("{}")))
                .get("listVersion").asInt();
        list.failNextUpdate("Failed");
        String failed = status(handlers, "SendLocalList", json("{\"listVersion\": 9, \"updateType\": \"Full\"}"));
        list.supported(false);
        String unsupported = status(handlers, "SendLocalList", json("{\"listVersion\": 9, \"updateType\": \"Full\"}"));
        int none = handlers.get("GetLocalListVersion").answer(call("GetLocalListVersion", json("{}")))
                .get("listVersion").asInt();

        assertThat(full).isEqualTo("Accepted");
        assertThat(stale).isEqualTo("VersionMismatch");
        assertThat(diff).isEqualTo("Accepted");
        assertThat(version).isEqualTo(4);
        assertThat(list.localList()).containsExactlyEntriesOf(Map.of("A", "Blocked"));
        assertThat(failed).isEqualTo("Failed");
        assertThat(unsupported).isEqualTo("NotSupported");
        assertThat(none).isEqualTo(-1);
    }

    private SimulatedChargePoint chargePoint(OcppVersion version) {
        return SimulatedChargePoint.builder("ws://localhost:1/ocpp", "SIM-" + version.name(), version).clock(clock)
                .build();
    }

    private static Map<String, CsmsCallHandler> handlers(SimulatedReservations reservations) {
        Map<String, CsmsCallHandler> handlers = new HashMap<>();
        reservations.install(handlers);
        return handlers;
    }

    private static JsonNode reserve16(int id, int connectorId, String idTag) {
        return json("""
                {"connectorId": %d, "expiryDate": "%s", "idTag": "%s", "reservationId": %d}"""
                .formatted(connectorId, T0.plus(Duration.ofMinutes(15)), idTag, id));
    }

    private static String status(Map<String, CsmsCallHandler> handlers, String action, JsonNode payload) {
        return handlers.get(action).answer(call(action, payload)).get("status").asString();
    }

    private static Call call(String action, JsonNode payload) {
        return new Call("m-1", action, payload);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
