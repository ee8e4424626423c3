package io.busbar.webhooks;

import java.util.Objects;

/** A subscription with its signing secret in clear: only ever returned by create and rotate, never stored so. */
public record WebhookWithSecret(Webhook webhook, String secret) {
    public WebhookWithSecret {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "WebhookWithSecret[webhook=" + webhook + ", secret=***]";
    }
}
