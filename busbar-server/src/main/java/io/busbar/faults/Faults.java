package io.busbar.faults;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The fault log's read side and the operator's close. */
public interface Faults {
    Optional<Fault> find(FaultId id);

    /**
     * Newest first (by opened time); {@code before} is an exclusive cursor (a fault id from the previous page),
     * null for the first page.
     */
    List<Fault> list(FaultFilter filter, FaultId before, int limit);

    /** The open faults of one charger (any EVSE). */
    List<Fault> open(ChargerIdentity charger);

    /**
     * An operator closes a fault (publishes {@link FaultClosed}).
     *
     * @return the closed fault; unchanged if it was already closed
     * @throws FaultNotFoundException when there is no such fault
     */
    Fault close(FaultId id, String reason);

    /**
     * @param open null for both, true for open faults only, false for closed ones only
     * @param from with {@code to}: faults whose interval overlaps [from, to) (an open fault runs until now)
     */
    /** @param tenant only faults of this tenant's chargers; null: every tenant's (Busbar's own jobs only) */
    record FaultFilter(TenantId tenant, ChargerIdentity charger, SiteId siteId, FaultType type,
                       FaultSeverity minSeverity, Boolean open, Instant from, Instant to) {
        public static final FaultFilter ALL = new FaultFilter(null, null, null, null, null, null, null);

        /** Every tenant's faults matching the rest. */
        public FaultFilter(ChargerIdentity charger, SiteId siteId, FaultType type, FaultSeverity minSeverity,
                           Boolean open, Instant from, Instant to) {
            this(null, charger, siteId, type, minSeverity, open, from, to);
        }
    }
}
