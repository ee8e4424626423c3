package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;

/**
 * The result of one drift check. {@code template} is null when no template applies (then {@code drifts} is
 * empty). Each drift says what was desired, what the charger reported, and what correcting it gave.
 */
public record DriftReport(ChargerIdentity charger, String template, Instant checkedAt, List<Drift> drifts) {
    public boolean inSync() {
        return drifts.stream().allMatch(d -> d.correction() != null && d.correction().corrected());
    }

    /**
     * @param setting    the common name or raw key/variable as written in the template
     * @param desired    the template's value
     * @param reported   what the charger reported (null when it does not know the setting)
     * @param correction null when no correction was attempted
     */
    public record Drift(String setting, String desired, String reported, Correction correction) {
    }

    /** {@code status} is the charger's answer (Accepted, RebootRequired, Rejected...) or the failure. */
    public record Correction(String status, boolean corrected, boolean rebootRequired) {
    }
}
