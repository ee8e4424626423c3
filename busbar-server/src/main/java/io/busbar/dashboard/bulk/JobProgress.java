package io.busbar.dashboard.bulk;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A job's progress as the bar shows it, from the API's {@code progress} object: items done (any final state) of the
 * total, and the counts per outcome.
 */
public record JobProgress(int total, int done, int succeeded, int rejected, int failed, int cancelled, int running,
                          int pending, String failedBy) {

    static JobProgress of(Map<String, Object> job) {
        Map<?, ?> progress = job.get("progress") instanceof Map<?, ?> map ? map : Map.of();
        int succeeded = number(progress.get("succeeded"));
        int rejected = number(progress.get("rejected"));
        int failed = number(progress.get("failed"));
        int cancelled = number(progress.get("cancelled"));
        String failedBy = progress.get("failedBy") instanceof Map<?, ?> reasons ? reasons.entrySet().stream()
                .filter(reason -> number(reason.getValue()) > 0)
                .map(reason -> reason.getKey() + " " + reason.getValue()).collect(Collectors.joining(", ")) : "";
        return new JobProgress(number(progress.get("total")), succeeded + rejected + failed + cancelled, succeeded,
                rejected, failed, cancelled, number(progress.get("running")), number(progress.get("pending")), failedBy);
    }

    /** Whole percent of items done; a job without chargers is complete. */
    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
