package io.busbar.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * Start a bulk job.
 *
 * @param concurrency       how many chargers are worked on at once: 1 to {@value #MAX_CONCURRENCY}; null means
 *                          {@value #DEFAULT_CONCURRENCY}
 * @param timeoutPerCharger how long one charger may take before its item counts as TIMEOUT; null means the
 *                          gateway's call timeout ({@code busbar.ocpp.call-timeout}), which also bounds this one
 */
public record BulkJobRequest(BulkTarget target, BulkAction action, Integer concurrency, Duration timeoutPerCharger) {
    public static final int DEFAULT_CONCURRENCY = 20;
    public static final int MAX_CONCURRENCY = 200;

    public BulkJobRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        concurrency = concurrency == null ? DEFAULT_CONCURRENCY : concurrency;
    }
}
