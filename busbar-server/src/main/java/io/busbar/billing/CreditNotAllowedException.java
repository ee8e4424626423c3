package io.busbar.billing;

/** A credit note would give back more than is left to credit on its CDR. */
public class CreditNotAllowedException extends RuntimeException {
    public CreditNotAllowedException(String message) {
        super(message);
    }
}
