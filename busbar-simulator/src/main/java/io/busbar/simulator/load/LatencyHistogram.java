package io.busbar.simulator.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * A lock-free log-linear histogram of non-negative values (the load generator records microseconds). Values below
 * 32 are exact; above, each power of two is split into 32 equal buckets, so a reported percentile is at most
 * 1/32 (about 3%) above the true value. The maximum is kept exactly. Fixed size (1,888 counters), any number of
 * recordings.
 */
public final class LatencyHistogram {
    private static final int SUB_BUCKET_BITS = 5;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private static final int BUCKETS = SUB_BUCKETS + (63 - SUB_BUCKET_BITS) * SUB_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    public void record(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        counts.incrementAndGet(indexOf(value));
        total.incrementAndGet();
        max.accumulate(value);
    }

    public long count() {
        return total.get();
    }

    public long max() {
        return max.get();
    }

    /**
     * The smallest recorded value v (within the bucket resolution) such that at least {@code percentile}% of
     * recordings are ≤ v, reported as its bucket's upper bound but never above the exact maximum. 0 when empty.
     */
    public long percentile(double percentile) {
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percentile);
        }
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperBoundOf(i), max.get());
            }
        }
        return max.get(); // recordings raced with this read
    }

    static int indexOf(long value) {
        if (value < SUB_BUCKETS) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int shift = exponent - SUB_BUCKET_BITS;
        int sub = (int) (value >>> shift) & (SUB_BUCKETS - 1);
        return SUB_BUCKETS + shift * SUB_BUCKETS + sub;
    }

    static long upperBoundOf(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int k = index - SUB_BUCKETS;
        int shift = k / SUB_BUCKETS;
        long lower = (long) (SUB_BUCKETS + k % SUB_BUCKETS) << shift;
        return lower + (1L << shift) - 1;
    }
}
