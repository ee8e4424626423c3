package io.busbar.tariffs;

/** Identifies a tariff; at most 36 characters so it is also a valid OCPI Tariff.id (CiString(36)). */
public record TariffId(String value) {
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
