package io.busbar.tariffs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a tariff; at most 36 characters so it is also a valid OCPI Tariff.id (CiString(36)). */
public record TariffId(@JsonValue String value) {
    /** In JSON a tariff id is a plain string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TariffId {
        if (value == null || value.isBlank() || value.length() > 36) {
            throw new IllegalArgumentException("a tariff id has 1 to 36 characters: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
