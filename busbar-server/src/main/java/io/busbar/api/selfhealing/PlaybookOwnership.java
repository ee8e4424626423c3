package io.busbar.api.selfhealing;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.selfhealing.Playbooks;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Playbooks belong to the tenant that saved them (the built-in defaults to the default tenant). */
@Component
class PlaybookOwnership implements OwnedResources {
    private final Playbooks playbooks;

    PlaybookOwnership(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    @Override
    public String collection() {
        return "playbooks";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return playbooks.tenantOf(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return PlaybookController.notFound(UUID.fromString(id));
    }
}
