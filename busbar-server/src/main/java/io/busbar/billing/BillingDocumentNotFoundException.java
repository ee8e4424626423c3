package io.busbar.billing;

/** No CDR, credit note or invoice with that id. */
public class BillingDocumentNotFoundException extends RuntimeException {
    public BillingDocumentNotFoundException(String message) {
        super(message);
    }
}
