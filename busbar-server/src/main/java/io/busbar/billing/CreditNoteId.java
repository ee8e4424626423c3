package io.busbar.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifies a credit note. */
public record CreditNoteId(UUID value) {
    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
