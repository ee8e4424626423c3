package io.busbar.billing;

/** The period holds no CDR and no credit note of the account that is not on an invoice already. */
public class NothingToInvoiceException extends RuntimeException {
    public NothingToInvoiceException(String message) {
        super(message);
    }
}
