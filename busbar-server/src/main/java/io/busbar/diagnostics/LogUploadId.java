package io.busbar.diagnostics;

import java.util.Objects;
import java.util.UUID;

public record LogUploadId(UUID value) {
    public LogUploadId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
