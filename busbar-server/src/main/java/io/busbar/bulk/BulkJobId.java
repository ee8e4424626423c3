package io.busbar.bulk;

import java.util.Objects;
import java.util.UUID;

public record BulkJobId(UUID value) {
    public BulkJobId {
        Objects.requireNonNull(value, "value");
    }

    public static BulkJobId random() {
        return new BulkJobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
