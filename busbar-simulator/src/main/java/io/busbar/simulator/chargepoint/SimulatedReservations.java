package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reservations a simulated charger holds (OCPP 1.6 Reservation profile, 2.0.1 H01-H04). ReserveNow is
 * Accepted for an available EVSE and answered Occupied, Faulted or Unavailable from the EVSE's last reported status;
 * Rejected when reservations are switched off, or (1.6) for connectorId 0 without ReserveConnectorZeroSupported.
 * An accepted reservation is reported with StatusNotification Reserved; cancelling it (Rejected for an unknown id)
 * or its expiry makes the EVSE Available again, and a 2.0.1 station also sends ReservationStatusUpdate Expired.
 * Expiry follows the charger's clock: {@link #expireDue()} checks it now (tests with a stopped clock call it), and a
 * timer calls it at each expiry for runs on the system clock.
 */
public final class SimulatedReservations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration LONGEST_TIMER = Duration.ofDays(1);

    private final SimulatedChargePoint chargePoint;
    private final Map<Integer, Held> held = new ConcurrentHashMap<>();
    private final Map<Integer, String> evseStatus = new ConcurrentHashMap<>();
    private volatile boolean enabled = true;
    private volatile boolean connectorZeroSupported = true;

    SimulatedReservations(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
    }

    /** Installs the ReserveNow and CancelReservation answers. */
    void install(Map<String, CsmsCallHandler> handlers) {
        handlers.put("ReserveNow", this::reserveNow);
        handlers.put("CancelReservation", this::cancel);
    }

    /** One reservation held. {@code evseId} null: any EVSE. */
    public record Held(int id, Integer evseId, String idToken, String groupIdToken, Instant expiresAt) {
    }

    /** false: every ReserveNow is answered Rejected (reservations switched off / not supported). */
    public SimulatedReservations enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    /** 1.6 configuration key ReserveConnectorZeroSupported (default true). */
    public SimulatedReservations reserveConnectorZeroSupported(boolean supported) {
        this.connectorZeroSupported = supported;
        return this;
    }

    public List<Held> held() {
        return List.copyOf(held.values());
    }

    /** False when the EVSE is reserved for someone else: a reserved EVSE refuses other tokens. */
    public boolean accepts(int evseId, String idToken) {
        return held.values().stream().filter(r -> r.evseId() != null && r.evseId() == evseId)
                .allMatch(r -> r.idToken().equals(idToken));
    }

    /**
     * The token starts charging on the EVSE: the reservation it holds there (or a charger-wide one) is consumed and
     * its id returned, for the StartTransaction / TransactionEvent reservationId. Empty when it holds none.
     *
     * @throws IllegalStateException when the EVSE is reserved for another token
     */
    public Optional<Integer> use(int evseId, String idToken) {
        if (!accepts(evseId, idToken)) {
            throw new IllegalStateException("EVSE " + evseId + " is reserved for another token");
        }
        Optional<Held> match = held.values().stream()
                .filter(r -> r.idToken().equals(idToken) && (r.evseId() == null || r.evseId() == evseId))
                .findFirst();
        match.ifPresent(r -> held.remove(r.id()));
        return match.map(Held::id);
    }

    /** Ends every reservation past its expiry by the charger's clock; returns how many. */
    public int expireDue() {
        Instant now = chargePoint.clock().instant();
        int expired = 0;
        for (Held reservation : held()) {
            if (!reservation.expiresAt().isAfter(now) && held.remove(reservation.id(), reservation)) {
                expired++;
                if (chargePoint.isOnline()) {
                    ended(reservation, true);
                }
            }
        }
        return expired;
    }

    /** Status notifications pass through here, so that ReserveNow answers follow what the EVSE is doing. */
    void observe(int evseId, String status) {
        evseStatus.put(evseId, status);
    }

    private JsonNode reserveNow(Call call) {
        JsonNode request = call.payload();
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        int id = (v16 ? request.path("reservationId") : request.path("id")).asInt();
        Integer evseId = v16 ? Integer.valueOf(request.path("connectorId").asInt())
                : request.hasNonNull("evseId") ? request.get("evseId").asInt() : null;
        if (evseId != null && evseId == 0) {
            evseId = null;
        }
        String idToken = v16 ? request.path("idTag").asString() : request.path("idToken").path("idToken").asString();
        String group = v16 ? text(request, "parentIdTag") : text(request.path("groupIdToken"), "idToken");
        Instant expiresAt = Instant.parse((v16 ? request.path("expiryDate") : request.path("expiryDateTime")).asString());
        String answer = answerFor(evseId, id);
        if ("Accepted".equals(answer)) {
            // Same id again replaces the reservation (1.6 §5.13, 2.0.1 H01).
            Held reservation = new Held(id, evseId, idToken, group, expiresAt);
            held.put(id, reservation);
            if (evseId != null) {
                int evse = evseId;
                chargePoint.afterAnswer(() -> chargePoint.statusNotification(evse, 1, "Reserved"));
            }
            expireAt(expiresAt);
        }
        return NODES.objectNode().put("status", answer);
    }

    private String answerFor(Integer evseId, int id) {
        if (!enabled || (evseId == null && chargePoint.version() == OcppVersion.V16 && !connectorZeroSupported)) {
            return "Rejected";
        }
        if (evseId == null) {
            return "Accepted";
        }
        boolean reservedByOther = held.values().stream().anyMatch(r -> r.id() != id && evseId.equals(r.evseId()));
        return switch (evseStatus.getOrDefault(evseId, "Available")) {
            case "Available" -> reservedByOther ? "Occupied" : "Accepted";
            case "Reserved" -> reservedByOther ? "Occupied" : "Accepted";
            case "Faulted" -> "Faulted";
            case "Unavailable" -> "Unavailable";
            default -> "Occupied";
        };
    }

    private JsonNode cancel(Call call) {
        Held reservation = held.remove(call.payload().path("reservationId").asInt());
        if (reservation == null) {
            return NODES.objectNode().put("status", "Rejected");
        }
        chargePoint.afterAnswer(() -> ended(reservation, false));
        return NODES.objectNode().put("status", "Accepted");
    }

    /** The EVSE is free again; a 2.0.1 station tells the CSMS that a reservation expired (H04). */
    private void ended(Held reservation, boolean expired) {
        if (reservation.evseId() != null) {
            chargePoint.statusNotification(reservation.evseId(), 1, "Available");
        }
        if (expired && chargePoint.version() == OcppVersion.V201) {
            ObjectNode update = NODES.objectNode().put("reservationId", reservation.id())
                    .put("reservationUpdateStatus", "Expired");
            chargePoint.call("ReservationStatusUpdate", update);
        }
    }

    private void expireAt(Instant expiresAt) {
        Duration wait = Duration.between(chargePoint.clock().instant(), expiresAt);
        if (wait.compareTo(LONGEST_TIMER) > 0) {
            return;
        }
        chargePoint.afterAnswer(() -> {
            try {
                Thread.sleep(wait.isNegative() ? Duration.ZERO : wait);
                expireDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
