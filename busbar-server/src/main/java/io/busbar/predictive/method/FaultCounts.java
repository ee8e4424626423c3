package io.busbar.predictive.method;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Faults and resets counted per bucket (a day by default) in a ring of {@code historyBuckets}: the recent window's
 * count against the rate of the EVSE's own earlier buckets.
 */
final class FaultCounts {
    private final long bucketMillis;
    private final int[] counts;
    private final long[] bucketOfSlot;
    private long firstBucket = Long.MIN_VALUE;

    FaultCounts(Duration bucket, int historyBuckets) {
        this.bucketMillis = bucket.toMillis();
        this.counts = new int[historyBuckets];
        this.bucketOfSlot = new long[historyBuckets];
        java.util.Arrays.fill(bucketOfSlot, Long.MIN_VALUE);
    }

    /** The EVSE was seen (any event): history is counted from its first sighting, not from its first fault. */
    void seen(Instant at) {
        long bucket = bucketOf(at);
        if (firstBucket == Long.MIN_VALUE || bucket < firstBucket) {
            firstBucket = bucket;
        }
    }

    void add(Instant at) {
        seen(at);
        long bucket = bucketOf(at);
        int slot = (int) Math.floorMod(bucket, counts.length);
        if (bucketOfSlot[slot] != bucket) {
            if (bucketOfSlot[slot] > bucket) {
                return; // older than the ring keeps
            }
            bucketOfSlot[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Counts in the recent window and before it (within the ring), and how many earlier buckets were observed. */
    Window window(Instant now, int recentBuckets) {
        long current = bucketOf(now);
        int recent = 0;
        int earlier = 0;
        for (int slot = 0; slot < counts.length; slot++) {
            long bucket = bucketOfSlot[slot];
            if (bucket == Long.MIN_VALUE || bucket > current || bucket <= current - counts.length) {
                continue;
            }
            if (bucket > current - recentBuckets) {
                recent += counts[slot];
            } else {
                earlier += counts[slot];
            }
        }
        long observed = firstBucket == Long.MIN_VALUE ? 0 : current - recentBuckets - firstBucket + 1;
        int earlierBuckets = (int) Math.max(0, Math.min(counts.length - recentBuckets, observed));
        return new Window(recent, earlier, earlierBuckets);
    }

    /** Format 1 (see {@link EvseHealthFormat}): the first bucket seen, then only the buckets with a count. */
    void writeTo(DataOutput out) throws IOException {
        out.writeLong(firstBucket);
        int used = 0;
        for (long bucket : bucketOfSlot) {
            used += bucket == Long.MIN_VALUE ? 0 : 1;
        }
        out.writeInt(used);
        for (int slot = 0; slot < counts.length; slot++) {
            if (bucketOfSlot[slot] != Long.MIN_VALUE) {
                out.writeLong(bucketOfSlot[slot]);
                out.writeInt(counts[slot]);
            }
        }
    }

    void readFrom(DataInput in) throws IOException {
        firstBucket = in.readLong();
        int used = EvseHealthFormat.bounded(in.readInt(), 0, counts.length, "fault buckets");
        for (int i = 0; i < used; i++) {
            long bucket = in.readLong();
            int slot = (int) Math.floorMod(bucket, counts.length);
            if (bucket == Long.MIN_VALUE || bucketOfSlot[slot] != Long.MIN_VALUE) {
                throw new java.io.StreamCorruptedException("fault bucket " + bucket + " twice or invalid");
            }
            bucketOfSlot[slot] = bucket;
            counts[slot] = EvseHealthFormat.bounded(in.readInt(), 0, Integer.MAX_VALUE, "faults in a bucket");
        }
    }

    private long bucketOf(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), bucketMillis);
    }

    record Window(int recent, int earlier, int earlierBuckets) {
    }
}
