package io.busbar.payments;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * An ad hoc payment at a charger: {@code amount} held on a card and the one-off id token the session charges with.
 *
 * @param captured what was taken once CAPTURED; null otherwise
 * @param session  the session settled by it, once settled
 */
public record TerminalAuthorization(UUID id, ChargerIdentity charger, int evseId, Money amount,
                                    String paymentMethodMasked, String idTokenValue, Status status, Money captured,
                                    SessionId session, Instant createdAt, Instant expiresAt, Instant settledAt) {
    public enum Status {
        /** The amount is held; the session may charge up to it. */
        AUTHORIZED,
        /** The session's price (at most the amount) was taken, the rest released. */
        CAPTURED,
        /** Nothing was taken: released by request, by expiry, or because the session cost nothing. */
        RELEASED
    }
}
