package io.busbar.tariffs;

import java.time.Instant;
import java.util.UUID;

/**
 * A tariff assigned to a target from {@code validFrom} (inclusive) to {@code validTo} (exclusive, null = open).
 * {@code closedAt} says when a later assignment or an operator closed it; the period before that never changes.
 */
public record TariffAssignment(UUID id, TariffId tariffId, AssignmentScope scope, String target, Instant validFrom,
                               Instant validTo, Instant createdAt, Instant closedAt) {
    public boolean validAt(Instant at) {
        return !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at));
    }

    public static String evseTarget(String chargerIdentity, int evseId) {
        return chargerIdentity + "#" + evseId;
    }
}
