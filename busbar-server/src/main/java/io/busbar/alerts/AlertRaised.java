package io.busbar.alerts;

import java.util.Objects;

/** An alert was raised (once per alert: a redelivered source event raises nothing new). For webhooks. */
public record AlertRaised(Alert alert) {
    public AlertRaised {
        Objects.requireNonNull(alert, "alert");
    }
}
