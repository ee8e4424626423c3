package io.busbar.predictive.method;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** How sessions ended: the latest {@code window} as bits, plus totals, so recent and earlier rates compare. */
final class SessionEndings {
    private final int window;
    private int bits;
    private int total;
    private int totalAbnormal;

    SessionEndings(int window) {
        this.window = window;
    }

    void add(boolean abnormal) {
        bits = ((bits << 1) | (abnormal ? 1 : 0)) & ((1 << window) - 1);
        total++;
        if (abnormal) {
            totalAbnormal++;
        }
    }

    int recentSessions() {
        return Math.min(total, window);
    }

    int recentAbnormal() {
        return Integer.bitCount(bits);
    }

    int earlierSessions() {
        return total - recentSessions();
    }

    int earlierAbnormal() {
        return totalAbnormal - recentAbnormal();
    }

    /** Format 1 (see {@link EvseHealthFormat}). */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(bits);
        out.writeInt(total);
        out.writeInt(totalAbnormal);
    }

    void readFrom(DataInput in) throws IOException {
        bits = in.readInt();
        total = EvseHealthFormat.bounded(in.readInt(), 0, Integer.MAX_VALUE, "sessions");
        totalAbnormal = EvseHealthFormat.bounded(in.readInt(), 0, total, "abnormal sessions");
        if ((bits & ~((1 << window) - 1)) != 0 || Integer.bitCount(bits) > Math.min(total, window)
                || Integer.bitCount(bits) > totalAbnormal) {
            throw new java.io.StreamCorruptedException("session endings inconsistent");
        }
    }
}
