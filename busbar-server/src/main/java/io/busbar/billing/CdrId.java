package io.busbar.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifies a charge detail record. */
public record CdrId(UUID value) {
    public CdrId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
