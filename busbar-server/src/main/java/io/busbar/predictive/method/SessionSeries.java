package io.busbar.predictive.method;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * One estimate per session (e.g. temperature rise per A²): the first {@code baseline} estimates form the EVSE's own
 * baseline, the latest {@code recent} ones its current state. Medians make both robust to the odd session with a
 * cold-soaked connector or a grid dip. Fixed size: two small arrays.
 */
final class SessionSeries {
    private final double[] baseline;
    private int baselineCount;
    private final double[] recent;
    private int recentCount;
    private int next;

    SessionSeries(int baselineSessions, int recentSessions) {
        this.baseline = new double[baselineSessions];
        this.recent = new double[recentSessions];
    }

    void add(double estimate) {
        if (baselineCount < baseline.length) {
            baseline[baselineCount++] = estimate;
            return;
        }
        recent[next] = estimate;
        next = (next + 1) % recent.length;
        recentCount = Math.min(recentCount + 1, recent.length);
    }

    /** Both windows are full: only then is a comparison more than noise. */
    boolean ready() {
        return baselineCount == baseline.length && recentCount == recent.length;
    }

    int sessions() {
        return baselineCount + recentCount;
    }

    double baselineMedian() {
        return median(baseline, baselineCount);
    }

    double recentMedian() {
        return median(recent, recentCount);
    }

    /**
     * How many standard errors the recent median lies above the baseline median, with the spread of single
     * sessions estimated robustly (1.4826 × the median absolute deviation of both windows, never below
     * {@code minSpread}) and the standard error of a median taken as 1.2533 σ / √n.
     */
    double shiftInStandardErrors(double minSpread) {
        double spread = Math.max(minSpread, 1.4826 * pooledAbsoluteDeviation());
        double standardError = 1.2533 * spread * Math.sqrt(1.0 / baselineCount + 1.0 / Math.max(1, recentCount));
        return (recentMedian() - baselineMedian()) / standardError;
    }

    /** The recent median in standard errors above zero (for a level rather than a change). */
    double levelInStandardErrors(double minSpread) {
        double spread = Math.max(minSpread, 1.4826 * pooledAbsoluteDeviation());
        return recentMedian() / (1.2533 * spread / Math.sqrt(Math.max(1, recentCount)));
    }

    private double pooledAbsoluteDeviation() {
        double[] deviations = new double[baselineCount + recentCount];
        double baselineMedian = baselineMedian();
        double recentMedian = recentMedian();
        for (int i = 0; i < baselineCount; i++) {
            deviations[i] = Math.abs(baseline[i] - baselineMedian);
        }
        for (int i = 0; i < recentCount; i++) {
            deviations[baselineCount + i] = Math.abs(recent[i] - recentMedian);
        }
        return median(deviations, deviations.length);
    }

    /** Format 1 (see {@link EvseHealthFormat}): the filled baseline, then the filled recent slots and the ring's next slot. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(baselineCount);
        for (int i = 0; i < baselineCount; i++) {
            out.writeDouble(baseline[i]);
        }
        out.writeInt(recentCount);
        out.writeInt(next);
        for (int i = 0; i < recentCount; i++) {
            out.writeDouble(recent[i]);
        }
    }

    void readFrom(DataInput in) throws IOException {
        baselineCount = EvseHealthFormat.bounded(in.readInt(), 0, baseline.length, "baseline sessions");
        for (int i = 0; i < baselineCount; i++) {
            baseline[i] = in.readDouble();
        }
        recentCount = EvseHealthFormat.bounded(in.readInt(), 0, recent.length, "recent sessions");
        next = EvseHealthFormat.bounded(in.readInt(), 0, recent.length - 1, "next recent slot");
        if (recentCount > 0 && baselineCount < baseline.length || recentCount < recent.length && next != recentCount) {
            throw new java.io.StreamCorruptedException("session windows out of order");
        }
        for (int i = 0; i < recentCount; i++) {
            recent[i] = in.readDouble();
        }
    }

    static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
