package io.busbar.payments;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The ad hoc payment-terminal flow: pre-authorise, capture the final price on the CDR, release the rest. */
public interface TerminalPayments {
    /**
     * Pre-authorises {@code amount} and registers a one-off id token for the session at the EVSE.
     *
     * @throws PaymentDeclinedException                      the provider declined (nothing held)
     * @throws PaymentProviderException                      the provider failed
     * @throws io.busbar.chargers.ChargerNotFoundException   unknown charger
     */
    TerminalAuthorization authorize(ChargerIdentity charger, int evseId, Money amount, String paymentMethod,
                                    String idempotencyKey);

    Optional<TerminalAuthorization> find(UUID id);

    Optional<TerminalAuthorization> forToken(String idTokenValue);

    /**
     * Releases an authorization whose session never started; idempotent for a released one.
     *
     * @throws IllegalStateException when it was already captured
     */
    TerminalAuthorization release(UUID id);

    /** Releases every AUTHORIZED authorization past its expiry with no session; returns how many. */
    int releaseExpired(Instant now);
}
