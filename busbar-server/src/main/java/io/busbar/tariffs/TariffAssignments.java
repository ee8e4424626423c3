package io.busbar.tariffs;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tariff assignments with their history, and the resolution EVSE > token group > site > partner. */
public interface TariffAssignments {
    /**
     * Assigns from {@code validFrom} to {@code validTo} (null = open). An assignment of the same target that began
     * earlier and is still valid at {@code validFrom} is closed there (its validTo set; nothing else changes).
     *
     * A tenant assigns only its own tariffs, and never to another tenant's EVSE or site (issue 7).
     *
     * @throws TariffNotFoundException  for a tariff the tenant does not have
     * @throws io.busbar.chargers.ChargerNotFoundException for an EVSE of another tenant's charger
     * @throws IllegalArgumentException for another tenant's site, or a target that is no EVSE reference
     * @throws TariffConflictException  when an assignment of the same target begins at or after {@code validFrom}
     *                                  and overlaps the new period (history is never rewritten)
     */
    TariffAssignment assign(TenantId tenant, TariffId tariff, AssignmentScope scope, String target, Instant validFrom,
                            Instant validTo);

    /** Ends an assignment at {@code validTo} (not before its start, never later than an earlier end). */
    TariffAssignment close(UUID id, Instant validTo);

    Optional<TariffAssignment> find(UUID id);

    /** Newest first; filters may be null (a null tenant: every tenant's, for Busbar's own jobs). */
    List<TariffAssignment> list(TenantId tenant, TariffId tariff, AssignmentScope scope, String target);

    /** The tenant owning the assignment (its tariff's), if it exists. */
    Optional<TenantId> ownerOf(UUID id);

    /**
     * Only the assignments of tariffs of the charger's tenant apply: another tenant's token group or partner
     * assignment never prices a session here.
     *
     * @throws NoTariffAppliesException when nothing is assigned; ChargerNotFoundException for an unknown charger
     */
    TariffResolution resolve(PricingTarget target, Instant at);
}
