package io.busbar.payments;

/** The payment provider failed (unreachable, processing error): nothing was charged; try again later. */
public class PaymentProviderException extends RuntimeException {
    public PaymentProviderException(String message) {
        super(message);
    }
}
