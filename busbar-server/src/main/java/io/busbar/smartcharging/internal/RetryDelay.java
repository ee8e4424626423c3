package io.busbar.smartcharging.internal;

import java.time.Duration;

/**
 * Bounded exponential backoff for profiles a charger refused or did not answer: 250 ms, 500 ms, 1 s, 2 s... up to
 * the configured maximum. The first retry is quick because the commonest refusal is a race: a TxProfile that reached
 * the charger a moment before it knew its own new transaction.
 */
final class RetryDelay {
    private static final long FIRST_MILLIS = 250;

    private RetryDelay() {
    }

    static Duration after(int failures, Duration max) {
        long millis = FIRST_MILLIS << Math.min(Math.max(failures - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
