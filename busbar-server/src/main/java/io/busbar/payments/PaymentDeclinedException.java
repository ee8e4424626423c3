package io.busbar.payments;

/** The payment provider declined the payment method for this amount. */
public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String reason) {
        super(reason);
    }
}
