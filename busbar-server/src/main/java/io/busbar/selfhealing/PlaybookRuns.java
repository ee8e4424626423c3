package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of playbook runs. */
public interface PlaybookRuns {
    /**
     * Newest first; {@code before} is an exclusive cursor (a run id from the previous page), null for the first.
     *
     * @param tenant only runs at this tenant's chargers; null: every tenant's (Busbar's own jobs only)
     */
    List<PlaybookRun> list(TenantId tenant, ChargerIdentity charger, RunState state, UUID before, int limit);

    Optional<PlaybookRun> find(UUID id);
}
