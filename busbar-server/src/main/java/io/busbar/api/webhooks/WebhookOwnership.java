package io.busbar.api.webhooks;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.TenantId;
import io.busbar.webhooks.WebhookId;
import io.busbar.webhooks.Webhooks;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Who owns {@code /api/v1/webhooks/{id}}. */
@Component
class WebhookOwnership implements OwnedResources {
    private final Webhooks webhooks;

    WebhookOwnership(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public String collection() {
        return "webhooks";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return webhooks.ownerOf(new WebhookId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return WebhookProblems.webhookNotFound(id);
    }
}
