package io.busbar.webhooks;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** The delivery log of a tenant's subscriptions. Another tenant's deliveries are answered like missing ones. */
public interface WebhookDeliveries {
    /**
     * Newest first, without attempts. {@code before} is an exclusive cursor (a delivery id of the previous page).
     *
     * @param state null for all
     * @param type  null for all
     */
    List<WebhookDelivery> list(TenantId tenant, WebhookId webhook, WebhookDelivery.State state, EventType type,
                               DeliveryId before, int limit);

    /** With every attempt. */
    Optional<WebhookDelivery> find(TenantId tenant, DeliveryId id);

    /**
     * Sends the delivery's event again as a new delivery (new id, attempts from 1), queued behind the pending
     * deliveries of its charger so the order per charger still holds.
     */
    Optional<WebhookDelivery> replay(TenantId tenant, DeliveryId id);

    Optional<TenantId> ownerOf(DeliveryId id);
}
