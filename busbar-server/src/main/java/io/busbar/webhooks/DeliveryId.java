package io.busbar.webhooks;

import java.util.Objects;
import java.util.UUID;

/** One delivery of one event to one subscription (a replay is a delivery of its own). */
public record DeliveryId(UUID value) {
    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
