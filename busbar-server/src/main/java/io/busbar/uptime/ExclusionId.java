package io.busbar.uptime;

import java.util.Objects;
import java.util.UUID;

public record ExclusionId(UUID value) {
    public ExclusionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
