package io.busbar.sessions;

import io.busbar.authorization.AuthorizationStatus;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charging session as operators and apps see it. {@code energy} is final once ENDED, live while ACTIVE
 * (from the latest energy register reading). {@code idTokenMasked} never holds a full card number.
 */
public record Session(SessionId id, ChargerIdentity charger, int evseId, int connectorId, String idTokenMasked,
                      long transactionNumber, String chargerTransactionId, SessionState state,
                      AuthorizationStatus authorization, Instant startedAt, Instant endedAt, Energy meterStart,
                      Energy meterStop, Energy energy, String chargingState, String stopReason,
                      BigDecimal lastStateOfCharge, Instant updatedAt) {
}
