package io.busbar.chargers;

import java.util.Objects;

/** The identity a charger connects with ({@code /ocpp/{identity}}): unique across Busbar. */
public record ChargerIdentity(String value) {
    public ChargerIdentity {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 48) {
            throw new IllegalArgumentException("A charger identity has 1 to 48 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
