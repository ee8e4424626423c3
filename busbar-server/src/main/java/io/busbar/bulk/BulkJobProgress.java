package io.busbar.bulk;

import java.util.Map;

/** How far a job is: items per state, and the failed ones per reason. */
public record BulkJobProgress(int total, int pending, int running, int succeeded, int rejected, int failed,
                              int cancelled, Map<BulkItemFailure, Integer> failedBy) {
    public BulkJobProgress {
        failedBy = Map.copyOf(failedBy);
    }
}
