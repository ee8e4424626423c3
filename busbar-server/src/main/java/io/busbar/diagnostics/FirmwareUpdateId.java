package io.busbar.diagnostics;

import java.util.Objects;
import java.util.UUID;

public record FirmwareUpdateId(UUID value) {
    public FirmwareUpdateId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
