package io.busbar.predictive.method;

import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of the method (see docs/predictive-maintenance.md for the reasoning behind each default).
 *
 * @param minCurrentA          a sample counts for the thermal and voltage estimates only at or above this current
 *                             (below it the rise and the drop are lost in sensor noise)
 * @param idleCurrentA         below this current a sample is "no load": its temperature and voltage become the
 *                             reference (ambient, no-load voltage)
 * @param warmUp               samples this soon after a session's first sample are skipped (the contact is still
 *                             heating towards its steady state)
 * @param referenceMaxAge      an idle reference older than this is not trusted for a new session
 * @param baselineSessions     the first sessions with an estimate form the EVSE's own baseline (median)
 * @param recentSessions       the latest sessions whose median is compared with the baseline
 * @param referenceCurrentA    the current at which a temperature rise is stated in the evidence (rated current)
 * @param faultBucket          width of one fault-count bucket (a day by default)
 * @param recentBuckets        buckets in the recent fault window
 * @param historyBuckets       buckets kept in all (recent + history)
 * @param outcomeWindow        the latest sessions whose endings are compared with the earlier ones
 */
public record PredictiveSettings(double minCurrentA, double idleCurrentA, Duration warmUp, Duration referenceMaxAge,
                                 int baselineSessions, int recentSessions, double referenceCurrentA,
                                 Duration faultBucket, int recentBuckets, int historyBuckets, int outcomeWindow) {
    public PredictiveSettings {
        Objects.requireNonNull(warmUp, "warmUp");
        Objects.requireNonNull(referenceMaxAge, "referenceMaxAge");
        Objects.requireNonNull(faultBucket, "faultBucket");
        if (minCurrentA <= idleCurrentA || idleCurrentA < 0) {
            throw new IllegalArgumentException("0 <= idle current < minimum current");
        }
        if (baselineSessions < 1 || recentSessions < 1 || outcomeWindow < 1 || outcomeWindow > 30) {
            throw new IllegalArgumentException("session counts must be positive (outcome window at most 30)");
        }
        if (recentBuckets < 1 || historyBuckets <= recentBuckets || faultBucket.isNegative() || faultBucket.isZero()) {
            throw new IllegalArgumentException("fault windows: 1 <= recent buckets < history buckets, bucket > 0");
        }
    }

    public static PredictiveSettings defaults() {
        return new PredictiveSettings(10, 1, Duration.ofMinutes(20), Duration.ofHours(3), 8, 7, 32,
                Duration.ofDays(1), 7, 60, 10);
    }
}
