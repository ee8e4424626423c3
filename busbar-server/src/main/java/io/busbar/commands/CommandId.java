package io.busbar.commands;

import java.util.Objects;
import java.util.UUID;

/** Identifies one audited command in the {@link CommandLog}. */
public record CommandId(UUID value) {
    public CommandId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
