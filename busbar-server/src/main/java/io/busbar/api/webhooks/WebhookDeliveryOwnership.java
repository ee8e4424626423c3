package io.busbar.api.webhooks;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.TenantId;
import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.WebhookDeliveries;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Who owns {@code /api/v1/webhook-deliveries/{id}}: the tenant of its subscription. */
@Component
class WebhookDeliveryOwnership implements OwnedResources {
    private final WebhookDeliveries deliveries;

    WebhookDeliveryOwnership(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String collection() {
        return "webhook-deliveries";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return deliveries.ownerOf(new DeliveryId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return WebhookProblems.deliveryNotFound(id);
    }
}
