package io.busbar.diagnostics;

import java.util.Objects;
import java.util.UUID;

public record FirmwareImageId(UUID value) {
    public FirmwareImageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
