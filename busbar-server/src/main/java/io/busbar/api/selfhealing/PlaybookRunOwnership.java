package io.busbar.api.selfhealing;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.selfhealing.PlaybookRuns;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A playbook run belongs to the tenant of the charger it healed. */
@Component
class PlaybookRunOwnership implements OwnedResources {
    private final PlaybookRuns runs;
    private final ChargerRegistry chargers;

    PlaybookRunOwnership(PlaybookRuns runs, ChargerRegistry chargers) {
        this.runs = runs;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "playbook-runs";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return runs.find(UUID.fromString(id)).flatMap(run -> chargers.tenantOf(run.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No playbook run " + UUID.fromString(id));
    }
}
