package io.busbar.reservations;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.Ocpp16Messages;
import io.busbar.simulator.chargepoint.Ocpp201Messages;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.TransactionEvent;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reservations end to end over real sockets, named after the OCA 1.6 CSMS test cases and the 2.0.1 use cases
 * H01-H04: the REST call, the frame the simulated charger received, and the stored reservation.
 */
@BusbarTest
class ReservationsTest {
    @LocalServerPort
    int port;
    @Autowired
    Reservations reservations;
    final MutableClock chargerClock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    SimulatedChargers chargers;
    ApiClient api;

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port, chargerClock);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void TC_046_reservationOfAConnectorIsUsedByTheTransaction() throws Exception {
        SimulatedChargePoint charger = chargers.booted("RES-046", OcppVersion.V16);
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);

        var response = api.post("/api/v1/chargers/RES-046/reservations", """
                {"evseId": 1, "idToken": "TAG-046", "groupIdToken": "FLEET-1", "expiresAt": "%s"}""".formatted(expiresAt));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode created = response.json();
        int id = created.get("id").asInt();
        assertThat(created.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(created.get("chargerStatus").asString()).isEqualTo("Accepted");
        assertThat(created.get("idToken").asString()).doesNotContain("TAG-046").endsWith("-046");
        assertThat(response.header("Location")).endsWith("/api/v1/reservations/" + id);
        JsonNode sent = only(charger, "ReserveNow");
        assertThat(sent.get("connectorId").asInt()).isEqualTo(1);
        assertThat(sent.get("idTag").asString()).isEqualTo("TAG-046");
        assertThat(sent.get("parentIdTag").asString()).isEqualTo("FLEET-1");
        assertThat(sent.get("reservationId").asInt()).isEqualTo(id);
        assertThat(Instant.parse(sent.get("expiryDate").asString())).isEqualTo(expiresAt);
        assertThat(api.get("/api/v1/commands/" + created.get("commandId").asString()).json()
                .get("command").asString()).isEqualTo("ReserveNow");

        int reservationId = charger.reservations().use(1, "TAG-046").orElseThrow();
        var start = Ocpp16Messages.startTransaction(1, "TAG-046", 0, chargerClock.instant())
                .put("reservationId", reservationId);
        charger.call("StartTransaction", start).get(10, TimeUnit.SECONDS);

        assertThat(status(id)).isEqualTo("USED");
    }

    @Test
    void TC_049_reservationOfTheWholeChargerUsesConnectorZero() {
        SimulatedChargePoint charger = chargers.booted("RES-049", OcppVersion.V16);

        var response = api.post("/api/v1/chargers/RES-049/reservations", """
                {"idToken": "TAG-049", "minutes": 15}""");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().has("evseId")).isFalse();
        assertThat(only(charger, "ReserveNow").get("connectorId").asInt()).isZero();
        assertThat(charger.reservations().held()).singleElement()
                .satisfies(held -> assertThat(held.evseId()).isNull());
    }

    @Test
    void aRefusedReservationIsA409WithTheChargersStatusAndIsStoredAsRejected() throws Exception {
        SimulatedChargePoint charger = chargers.booted("RES-OCC", OcppVersion.V16);
        charger.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        SimulatedChargePoint noZero = chargers.booted("RES-NOZERO", OcppVersion.V16);
        noZero.reservations().reserveConnectorZeroSupported(false);

        var occupied = api.post("/api/v1/chargers/RES-OCC/reservations", """
                {"evseId": 1, "idToken": "TAG-OCC", "minutes": 15}""");
        var rejected = api.post("/api/v1/chargers/RES-NOZERO/reservations", """
                {"idToken": "TAG-OCC", "minutes": 15}""");

        assertThat(occupied.status()).as(occupied.body()).isEqualTo(409);
        assertThat(occupied.contentType()).startsWith("application/problem+json");
        assertThat(occupied.json().get("chargerStatus").asString()).isEqualTo("Occupied");
        assertThat(occupied.json().get("reservationStatus").asString()).isEqualTo("REJECTED");
        assertThat(status(occupied.json().get("reservationId").asInt())).isEqualTo("REJECTED");
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.json().get("chargerStatus").asString()).isEqualTo("Rejected");
        assertThat(charger.reservations().held()).isEmpty();
    }

    @Test
    void TC_051_cancelReservation_and_TC_052_aRejectedCancelLeavesTheReservationAsItWas() {
        SimulatedChargePoint charger = chargers.booted("RES-051", OcppVersion.V16);
        int first = api.post("/api/v1/chargers/RES-051/reservations", """
                {"evseId": 1, "idToken": "TAG-051", "minutes": 15}""").json().get("id").asInt();
        int second = api.post("/api/v1/chargers/RES-051/reservations", """
                {"evseId": 2, "idToken": "TAG-052", "minutes": 15}""").json().get("id").asInt();
        charger.reservations().use(2, "TAG-052"); // the charger no longer holds the second one

        var cancelled = api.delete("/api/v1/reservations/" + first);
        var refused = api.delete("/api/v1/reservations/" + second);
        var again = api.delete("/api/v1/reservations/" + first);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        List<JsonNode> cancels = payloads(charger, "CancelReservation");
        assertThat(cancels).extracting(p -> p.get("reservationId").asInt()).containsExactly(first, second);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("chargerStatus").asString()).isEqualTo("Rejected");
        assertThat(status(second)).isEqualTo("ACCEPTED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reservationStatus").asString()).isEqualTo("CANCELLED");
        assertThat(charger.reservations().held()).isEmpty();
    }

    @Test
    void TC_047_theExpiryJobEndsAcceptedReservationsPastTheirExpiry() {
        chargers.booted("RES-047", OcppVersion.V16);
        int id = api.post("/api/v1/chargers/RES-047/reservations", """
                {"evseId": 1, "idToken": "TAG-047", "minutes": 5}""").json().get("id").asInt();

        int beforeExpiry = reservations.expireDue(Instant.now().plus(Duration.ofMinutes(4)));
        String stillThere = status(id);
        reservations.expireDue(Instant.now().plus(Duration.ofMinutes(6)));

        assertThat(beforeExpiry).isZero();
        assertThat(stillThere).isEqualTo("ACCEPTED");
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(api.get("/api/v1/reservations?charger=RES-047&status=EXPIRED").json().get("items"))
                .extracting(r -> r.get("id").asInt()).containsExactly(id);
    }

    @Test
    void H01_H03_reserveAnEvseWithTypedTokenAndGroup_thenATransactionUsesIt() throws Exception {
        SimulatedChargePoint station = chargers.booted("RES-H01", OcppVersion.V201);

        var response = api.post("/api/v1/chargers/RES-H01/reservations", """
                {"evseId": 1, "idToken": "APP-H01", "idTokenType": "CENTRAL", "groupIdToken": "FLEET-2", "minutes": 20}""");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        int id = response.json().get("id").asInt();
        JsonNode sent = only(station, "ReserveNow");
        assertThat(sent.get("id").asInt()).isEqualTo(id);
        assertThat(sent.get("evseId").asInt()).isEqualTo(1);
        assertThat(sent.at("/idToken/idToken").asString()).isEqualTo("APP-H01");
        assertThat(sent.at("/idToken/type").asString()).isEqualTo("Central");
        assertThat(sent.at("/groupIdToken/idToken").asString()).isEqualTo("FLEET-2");
        assertThat(sent.has("expiryDateTime")).isTrue();
        // The station reported the EVSE Reserved after answering.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/chargers/RES-H01").json().at("/evses/0/connectors/0/status").asString())
                .isEqualTo("RESERVED"));

        int reservationId = station.reservations().use(1, "APP-H01").orElseThrow();
        var started = Ocpp201Messages.transactionEvent(new TransactionEvent(TransactionEvent.EventType.STARTED,
                chargerClock.instant(), "Authorized", "tx-h03", "Charging", null, "APP-H01", 1, 1, 3, false,
                List.of()), 0).put("reservationId", reservationId);
        station.call("TransactionEvent", started).get(10, TimeUnit.SECONDS);

        assertThat(status(id)).isEqualTo("USED");
    }

    @Test
    void H02_cancelReservationOnAStation() {
        SimulatedChargePoint station = chargers.booted("RES-H02", OcppVersion.V201);
        int id = api.post("/api/v1/chargers/RES-H02/reservations", """
                {"idToken": "CARD-H02", "minutes": 20}""").json().get("id").asInt();

        var cancelled = api.delete("/api/v1/reservations/" + id);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(only(station, "CancelReservation").get("reservationId").asInt()).isEqualTo(id);
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(station.reservations().held()).isEmpty();
    }

    @Test
    void H04_theStationReportsExpiryWithReservationStatusUpdate() {
        SimulatedChargePoint station = chargers.booted("RES-H04", OcppVersion.V201);
        int id = api.post("/api/v1/chargers/RES-H04/reservations", """
                {"evseId": 1, "idToken": "CARD-H04", "minutes": 5}""").json().get("id").asInt();

        chargerClock.advance(Duration.ofMinutes(6));
        int expired = station.reservations().expireDue();

        assertThat(expired).isOne();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("EXPIRED"));
        JsonNode notes = api.get("/api/v1/chargers/RES-H04/notifications?type=RESERVATION_STATUS").json().get("items");
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.at("/details/reservationId").asInt()).isEqualTo(id);
            assertThat(note.at("/details/reservationUpdateStatus").asString()).isEqualTo("Expired");
        });
    }

    @Test
    void badInputAndUnreachableChargersAreClearProblems() {
        chargers.register("RES-OFFLINE");
        chargers.booted("RES-BAD", OcppVersion.V201);

        var noExpiry = api.post("/api/v1/chargers/RES-BAD/reservations", """
                {"idToken": "CARD-1"}""");
        var past = api.post("/api/v1/chargers/RES-BAD/reservations", """
                {"idToken": "CARD-1", "expiresAt": "2020-01-01T00:00:00Z"}""");
        var evseZero = api.post("/api/v1/chargers/RES-BAD/reservations", """
                {"evseId": 0, "idToken": "CARD-1", "minutes": 5}""");
        var unknownCharger = api.post("/api/v1/chargers/NOPE/reservations", """
                {"idToken": "CARD-1", "minutes": 5}""");
        var offline = api.post("/api/v1/chargers/RES-OFFLINE/reservations", """
                {"idToken": "CARD-1", "minutes": 5}""");
        var missing = api.get("/api/v1/reservations/999999");

        assertThat(List.of(noExpiry.status(), past.status(), evseZero.status())).containsOnly(400);
        assertThat(unknownCharger.status()).isEqualTo(404);
        assertThat(offline.status()).isEqualTo(409);
        assertThat(offline.json().get("type").asString()).endsWith("/charger-offline");
        assertThat(api.get("/api/v1/reservations?charger=RES-OFFLINE").json().get("items"))
                .singleElement().satisfies(r -> assertThat(r.get("status").asString()).isEqualTo("FAILED"));
        assertThat(missing.status()).isEqualTo(404);
    }

    private String status(int id) {
        return api.get("/api/v1/reservations/" + id).json().get("status").asString();
    }

    private static JsonNode only(SimulatedChargePoint charger, String action) {
        List<JsonNode> payloads = payloads(charger, action);
        assertThat(payloads).hasSize(1);
        return payloads.getFirst();
    }

    private static List<JsonNode> payloads(SimulatedChargePoint charger, String action) {
        return charger.receivedCalls().stream().filter(c -> c.action().equals(action)).map(ReceivedCall::payload)
                .toList();
    }
}
