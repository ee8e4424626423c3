package io.busbar.devicemodel;

import java.util.List;

/** A 1.6 charger's answer to {@link GetConfiguration}: the keys it knows and the requested keys it does not. */
public record ConfigurationKeys(List<ConfigurationKey> keys, List<String> unknownKeys) {
    public ConfigurationKeys {
        keys = keys == null ? List.of() : List.copyOf(keys);
        unknownKeys = unknownKeys == null ? List.of() : List.copyOf(unknownKeys);
    }

    /** {@code value} is null when the charger did not say (e.g. a write-only secret). */
    public record ConfigurationKey(String key, String value, boolean readonly) {
    }
}
