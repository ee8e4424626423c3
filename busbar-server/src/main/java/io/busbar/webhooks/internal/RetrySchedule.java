package io.busbar.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** When a failed delivery is tried again: the configured wait for its attempt number, with jitter; empty = DEAD. */
final class RetrySchedule {
    private final List<Duration> backoff;
    private final double jitter;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    RetrySchedule(List<Duration> backoff, double jitter, DoubleSupplier random) {
        this.backoff = List.copyOf(backoff);
        this.jitter = jitter;
        this.random = random;
    }

    /** The next attempt after {@code failedAttempts} failures (1 = the first attempt failed), or empty: give up. */
    Optional<Instant> next(Instant failedAt, int failedAttempts) {
        if (failedAttempts > backoff.size()) {
            return Optional.empty();
        }
        Duration wait = backoff.get(failedAttempts - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(failedAt.plusMillis(Math.max(1, Math.round(wait.toMillis() * factor))));
    }
}
