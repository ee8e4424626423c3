package io.busbar.drivers;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a driver. */
public record DriverId(UUID value) {
    public DriverId {
        Objects.requireNonNull(value, "value");
    }

    /** Empty for text that is not a UUID (a malformed id in a URL is answered like an unknown one). */
    public static Optional<DriverId> parse(String text) {
        try {
            return Optional.of(new DriverId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
