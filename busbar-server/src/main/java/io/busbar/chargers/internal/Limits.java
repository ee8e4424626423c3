package io.busbar.chargers.internal;

/** Page sizes callers may ask for. */
final class Limits {
    static final int MAX = 1000;

    private Limits() {
    }

    static void check(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX + ", was " + limit);
        }
    }
}
