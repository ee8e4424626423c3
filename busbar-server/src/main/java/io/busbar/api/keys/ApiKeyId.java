package io.busbar.api.keys;

import java.util.UUID;

public record ApiKeyId(UUID value) {
    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
