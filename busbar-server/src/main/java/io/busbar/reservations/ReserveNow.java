package io.busbar.reservations;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

import java.time.Instant;

/**
 * Reserves an EVSE for one token until {@code expiresAt} (OCPP 1.6 §5.13, 2.0.1 H01). {@code evseId} null reserves
 * any EVSE of the charger (1.6 connectorId 0). {@code idTokenType} is an {@link io.busbar.authorization.IdTokenType}
 * name (ISO14443 when null); 1.6 has no token types and ignores it. {@code groupIdToken} (1.6 parentIdTag) lets any
 * token of that group use the reservation. Answer: Accepted, Faulted, Occupied, Rejected or Unavailable.
 */
public record ReserveNow(int reservationId, Integer evseId, String idToken, String idTokenType, Instant expiresAt,
                         String groupIdToken) implements ChargerCommand<CommandStatus> {
}
