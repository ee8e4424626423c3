package io.busbar.reservations;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;

import java.time.Instant;

/**
 * A reservation as Busbar keeps it. {@code evseId} null: any EVSE of the charger. {@code chargerStatus} is the
 * charger's answer to ReserveNow as sent (Accepted, Occupied...), null while waiting or when there was none;
 * {@code commandId} the ReserveNow in the command log. {@code sessionStartedAt} is set when a session used it.
 */
public record Reservation(ReservationId id, ChargerIdentity charger, Integer evseId, IdToken idToken,
                          String groupIdToken, Instant expiresAt, ReservationStatus status, String chargerStatus,
                          CommandId commandId, Instant createdAt, Instant updatedAt) {
}
