package io.busbar.tenants;

import java.util.Objects;
import java.util.UUID;

/** Which tenant a resource belongs to. */
public record TenantId(UUID value) {
    /** The platform operator's own tenant; owns everything that existed before tenants (V210). */
    public static final TenantId DEFAULT = new TenantId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
