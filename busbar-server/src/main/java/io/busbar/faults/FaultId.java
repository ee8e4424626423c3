package io.busbar.faults;

import java.util.Objects;
import java.util.UUID;

/** Identifies one fault interval. */
public record FaultId(UUID value) {
    public FaultId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
