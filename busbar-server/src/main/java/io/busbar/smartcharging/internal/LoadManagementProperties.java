package io.busbar.smartcharging.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code busbar.smart-charging}: how often every managed site is recomputed even without events ({@code tick}),
 * how long a burst of events is gathered into one computation ({@code debounce}), how long a TxProfile holds
 * without being renewed ({@code lease}: Busbar's limits lapse to the fail-safe this long after Busbar goes away),
 * and the longest wait between retries of a refused or unanswered profile ({@code maxRetryDelay}).
 */
@ConfigurationProperties("busbar.smart-charging")
record LoadManagementProperties(Duration tick, Duration debounce, Duration lease, Duration maxRetryDelay) {
    LoadManagementProperties {
        tick = tick == null ? Duration.ofSeconds(60) : tick;
        debounce = debounce == null ? Duration.ofMillis(10) : debounce;
        lease = lease == null ? Duration.ofMinutes(10) : lease;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofSeconds(30) : maxRetryDelay;
        if (lease.compareTo(tick.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("busbar.smart-charging.lease must be at least three ticks");
        }
    }
}
