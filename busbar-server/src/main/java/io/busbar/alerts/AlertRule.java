package io.busbar.alerts;

import java.time.Instant;

/** A stored rule. {@link AlertRuleSpec#webhookSecret()} is never filled in here: the secret is write-only. */
public record AlertRule(AlertRuleId id, AlertRuleSpec spec, boolean hasWebhookSecret, Instant createdAt,
                        Instant updatedAt) {
}
