package io.busbar.webhooks;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's webhook subscriptions. Every method takes the caller's tenant: another tenant's subscription is
 * answered exactly like a missing one (empty / false).
 */
public interface Webhooks {
    /**
     * Subscribes; Busbar generates the signing secret, returned here in clear and never again.
     *
     * @throws InvalidWebhookException for a URL that is not https (http only to loopback, or when
     *                                 {@code busbar.webhooks.allow-http} is set), or the ping as an event type
     */
    WebhookWithSecret create(TenantId tenant, WebhookSpec spec);

    /** Replaces URL, event types, description and active flag. @throws InvalidWebhookException */
    Optional<Webhook> update(TenantId tenant, WebhookId id, WebhookSpec spec);

    /** Unsubscribes; its delivery log goes with it. */
    boolean delete(TenantId tenant, WebhookId id);

    Optional<Webhook> find(TenantId tenant, WebhookId id);

    /** Oldest first. */
    List<Webhook> list(TenantId tenant);

    /** A new secret, in effect for every attempt from now on (the old one stops signing at once). */
    Optional<WebhookWithSecret> rotateSecret(TenantId tenant, WebhookId id);

    /** Queues a {@code webhook.ping} event for this subscription only (active or not). */
    Optional<WebhookDelivery> ping(TenantId tenant, WebhookId id);

    /** Who owns the subscription, for the API's tenant guard. */
    Optional<TenantId> ownerOf(WebhookId id);
}
