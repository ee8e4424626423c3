package io.busbar.chargers;

import java.util.UUID;

public record SiteId(UUID value) {
    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
