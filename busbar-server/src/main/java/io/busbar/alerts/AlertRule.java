package io.busbar.alerts;

import io.busbar.tenants.TenantId;

import java.time.Instant;

/**
 * A stored rule. {@link AlertRuleSpec#webhookSecret()} is never filled in here: the secret is write-only. A rule only
 * ever matches its tenant's chargers, so its webhooks and e-mails hear of that tenant's alerts alone.
 */
public record AlertRule(AlertRuleId id, AlertRuleSpec spec, boolean hasWebhookSecret, Instant createdAt,
                        Instant updatedAt, TenantId tenant) {
}
