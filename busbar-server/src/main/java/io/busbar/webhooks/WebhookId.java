package io.busbar.webhooks;

import java.util.Objects;
import java.util.UUID;

/** A webhook subscription. */
public record WebhookId(UUID value) {
    public WebhookId {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookId random() {
        return new WebhookId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
