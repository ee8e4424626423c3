package io.busbar.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice. */
public record InvoiceId(UUID value) {
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
