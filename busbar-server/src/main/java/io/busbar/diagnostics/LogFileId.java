package io.busbar.diagnostics;

import java.util.Objects;
import java.util.UUID;

public record LogFileId(UUID value) {
    public LogFileId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
