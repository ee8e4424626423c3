package io.busbar.predictive.method;

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
}
