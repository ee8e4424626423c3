package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of playbook runs. */
public interface PlaybookRuns {
    /** Newest first; {@code before} is an exclusive cursor (a run id from the previous page), null for the first. */
    List<PlaybookRun> list(ChargerIdentity charger, RunState state, UUID before, int limit);

    Optional<PlaybookRun> find(UUID id);
}
