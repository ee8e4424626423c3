package io.busbar.api.reservations;

import io.busbar.authorization.IdTokenType;
import io.busbar.reservations.Reservation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of reservations. Token values are masked, as everywhere outside the token registry. */
final class ReservationDtos {
    static final String CREATE_EXAMPLE = """
            {"evseId": 1, "idToken": "04A2B3C4D5E6F7", "idTokenType": "ISO14443", "minutes": 30}""";
    static final String RESERVATION_EXAMPLE = """
            {"id": 17, "charger": "CP-0001", "evseId": 1, "idToken": "**********E6F7", "idTokenType": "ISO14443",
             "groupIdToken": null, "expiresAt": "2026-11-27T09:30:00Z", "status": "ACCEPTED",
             "chargerStatus": "Accepted", "commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b",
             "createdAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-27T09:00:00.180Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + RESERVATION_EXAMPLE + "], \"next\": \"17\"}";

    private ReservationDtos() {
    }

    @Schema(description = "Give either expiresAt or minutes (from now)")
    record CreateReservationRequest(
            @Schema(description = "The EVSE to reserve; absent reserves any EVSE of the charger (1.6 connectorId 0)")
            @Min(1) Integer evseId,
            @Schema(description = "The token the reservation is for (1.6: at most 20 characters)")
            @NotBlank @Size(max = 36) String idToken,
            @Schema(description = "ISO14443 when absent; ignored by 1.6 chargers") IdTokenType idTokenType,
            @Schema(description = "Any token of this group may use the reservation (1.6 parentIdTag)")
            @Size(min = 1, max = 36) String groupIdToken,
            @Schema(description = "When the reservation ends if unused") Instant expiresAt,
            @Schema(description = "Minutes from now until expiry (instead of expiresAt)") @Min(1) @Max(10080) Integer minutes) {
    }

    record ReservationResponse(int id, String charger, Integer evseId,
                               @Schema(description = "Masked: all but the last 4 characters hidden") String idToken,
                               String idTokenType, String groupIdToken, Instant expiresAt,
                               @Schema(description = "REQUESTED, ACCEPTED, REJECTED, FAILED, USED, CANCELLED, EXPIRED, REMOVED")
                               String status,
                               @Schema(description = "The charger's answer to ReserveNow as sent", nullable = true)
                               String chargerStatus,
                               @Schema(description = "The ReserveNow in the command log", nullable = true)
                               UUID commandId, Instant createdAt, Instant updatedAt) {
        static ReservationResponse of(Reservation r) {
            return new ReservationResponse(r.id().value(), r.charger().value(), r.evseId(), r.idToken().masked(),
                    r.idToken().type().name(), r.groupIdToken(), r.expiresAt(), r.status().name(), r.chargerStatus(),
                    r.commandId() == null ? null : r.commandId().value(), r.createdAt(), r.updatedAt());
        }
    }
}
