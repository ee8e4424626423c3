package io.busbar.payments;

import io.busbar.tariffs.Money;

/**
 * The port to a payment provider (card acquirer, PSP). One adapter is active, chosen by
 * {@code busbar.payments.provider} ({@code none} by default: no money is taken
 * and every payment fails clearly, so a production Busbar never credits a wallet from a test card). Every method throws
 * {@link PaymentProviderException} when the provider fails; a decline is an answer, not an exception.
 * {@code paymentMethod} is what the provider understands (a card number or a provider token); adapters never log it
 * in full.
 */
public interface PaymentProvider {
    /** Holds {@code amount} on the payment method; the same idempotency key returns the first answer. */
    ProviderResult preAuthorize(Money amount, String paymentMethod, String idempotencyKey);

    /** Takes {@code amount} (at most the authorised one) of an authorization; the rest is released. */
    void capture(String authorization, Money amount);

    /** Releases the whole authorization (nothing is taken). Idempotent. */
    void release(String authorization);

    /** Takes {@code amount} at once (a wallet top-up); the same idempotency key charges once. */
    ProviderResult charge(Money amount, String paymentMethod, String idempotencyKey);

    /**
     * @param reference     the provider's reference of the authorization or charge; null when declined
     * @param declineReason why the provider declined; null when approved
     */
    record ProviderResult(boolean approved, String reference, String declineReason) {
        public static ProviderResult approved(String reference) {
            return new ProviderResult(true, reference, null);
        }

        public static ProviderResult declined(String reason) {
            return new ProviderResult(false, null, reason);
        }
    }

    /** For storage and logs: the last four characters of a payment method. */
    static String masked(String paymentMethod) {
        String trimmed = paymentMethod.strip();
        return trimmed.length() <= 4 ? "****" : "****" + trimmed.substring(trimmed.length() - 4);
    }
}
