package io.busbar.bulk;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.SiteId;

import java.util.Set;

/**
 * Which chargers a bulk job addresses. Criteria combine: a charger is targeted when it matches every criterion
 * given, and a criterion with several values matches any of them (site A or B, and model M, and tag T or U...).
 * {@code vendor} and {@code model} compare without regard to case (chargers report "ABB" and "abb" alike);
 * firmware versions compare exactly. Absent criteria (null or empty) do not restrict. The target is resolved to a
 * list of chargers once, when the job starts.
 */
public record BulkTarget(Set<SiteId> sites, String vendor, String model, Set<String> firmwareVersions,
                         Set<ChargerTag> tags, Set<ChargerIdentity> identities) {
    public BulkTarget {
        sites = sites == null ? Set.of() : Set.copyOf(sites);
        vendor = blankToNull(vendor);
        model = blankToNull(model);
        firmwareVersions = firmwareVersions == null ? Set.of() : Set.copyOf(firmwareVersions);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        identities = identities == null ? Set.of() : Set.copyOf(identities);
    }

    public static BulkTarget chargers(Set<ChargerIdentity> identities) {
        return new BulkTarget(null, null, null, null, null, identities);
    }

    public static BulkTarget tagged(ChargerTag... tags) {
        return new BulkTarget(null, null, null, null, Set.of(tags), null);
    }

    /** True when no criterion is given: such a target is refused rather than taken to mean every charger. */
    public boolean isEmpty() {
        return sites.isEmpty() && vendor == null && model == null && firmwareVersions.isEmpty() && tags.isEmpty()
                && identities.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
