package io.busbar.webhooks;

import io.busbar.tenants.TenantId;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * A tenant's subscription. Its signing secret is not part of it: it is shown once, when created or rotated, and
 * kept sealed.
 *
 * @param eventTypes what it receives; empty = every subscribable type
 */
public record Webhook(WebhookId id, TenantId tenant, URI url, Set<EventType> eventTypes, String description,
                      boolean active, Instant createdAt, Instant updatedAt) {
    public Webhook {
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean receives(EventType type) {
        return type == EventType.WEBHOOK_PING || eventTypes.isEmpty() || eventTypes.contains(type);
    }
}
