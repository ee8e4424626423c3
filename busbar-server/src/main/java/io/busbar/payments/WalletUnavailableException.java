package io.busbar.payments;

/** The operation needs a prepaid wallet and the account is post-paid (or the reverse). */
public class WalletUnavailableException extends RuntimeException {
    public WalletUnavailableException(String message) {
        super(message);
    }
}
