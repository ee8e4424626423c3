package io.busbar.devicemodel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a {@link ConfigurationTemplate}. */
public record TemplateId(UUID value) {
    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
