package io.busbar.tariffs;

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
     * @throws TariffNotFoundException  for an unknown tariff
     * @throws TariffConflictException  when an assignment of the same target begins at or after {@code validFrom}
     *                                  and overlaps the new period (history is never rewritten)
     */
    TariffAssignment assign(TariffId tariff, AssignmentScope scope, String target, Instant validFrom, Instant validTo);

    /** Ends an assignment at {@code validTo} (not before its start, never later than an earlier end). */
    TariffAssignment close(UUID id, Instant validTo);

    Optional<TariffAssignment> find(UUID id);

    /** Newest first; filters may be null. */
    List<TariffAssignment> list(TariffId tariff, AssignmentScope scope, String target);

    /** @throws NoTariffAppliesException when nothing is assigned; ChargerNotFoundException for an unknown charger */
    TariffResolution resolve(PricingTarget target, Instant at);
}
