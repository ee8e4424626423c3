package io.busbar.webhooks.internal;

import io.busbar.tenants.TenantId;
import io.busbar.webhooks.EventType;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Objects;

/**
 * An event to record for a tenant's subscriptions.
 *
 * @param sourceKey unique per source event (e.g. {@code session.started:<session id>}): recording the same source
 *                  event again, as a republished domain event does, records nothing
 * @param charger   the charger it is about (its deliveries go out in order), or null
 */
record WebhookEvent(String sourceKey, TenantId tenant, EventType type, String charger, Instant occurredAt,
                    ObjectNode data) {
    WebhookEvent {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
    }
}
