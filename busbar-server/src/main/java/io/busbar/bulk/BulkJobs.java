package io.busbar.bulk;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one action across many chargers. Each charger's command goes through the audited
 * {@link io.busbar.commands.OperatorCommands} as {@code system / bulk-job:<id>}, naming the operator who started
 * the job, so every attempt is in the charger's command log.
 */
public interface BulkJobs {
    /**
     * Resolves the target to its chargers, stores the job with one PENDING item each and starts working through
     * them in the background; returns at once.
     *
     * @throws InvalidBulkJobException for a target that matches nothing or names unknown sites or chargers, an
     *                                 unknown command or arguments that do not fit it, a concurrency out of range
     * @param tenant                   the job's owner: its target only ever matches this tenant's chargers (another
     *                                 tenant's site or charger is unknown here)
     */
    BulkJob start(TenantId tenant, Actor operator, BulkJobRequest request);

    Optional<BulkJob> find(BulkJobId id);

    /** The tenant owning the job, if it exists. */
    Optional<TenantId> tenantOf(BulkJobId id);

    /**
     * The tenant's jobs, newest first; {@code after} is an exclusive cursor (a job id from the previous page), null
     * for the first.
     */
    List<BulkJob> list(TenantId tenant, BulkJobId after, int limit);

    /**
     * The job's items ordered by charger identity; {@code outcome} null for all; {@code after} an exclusive cursor.
     *
     * @throws BulkJobNotFoundException
     */
    List<BulkItem> items(BulkJobId id, BulkItemOutcome outcome, ChargerIdentity after, int limit);

    /**
     * Stops a RUNNING job: items not yet started become CANCELLED; those already running finish and keep their
     * outcome.
     *
     * @throws BulkJobNotFoundException
     * @throws BulkJobConflictException when the job is not RUNNING
     */
    BulkJob cancel(BulkJobId id);

    /**
     * Puts the items with one of the {@code outcomes} back to PENDING (all FAILED items when empty) and runs them
     * again; the job is RUNNING again if any item was re-queued.
     *
     * @throws BulkJobNotFoundException
     * @throws InvalidBulkJobException when an outcome is not retryable (PENDING, RUNNING, SUCCEEDED)
     */
    BulkJob retry(BulkJobId id, Set<BulkItemOutcome> outcomes);
}
