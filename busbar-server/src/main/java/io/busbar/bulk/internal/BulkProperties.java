package io.busbar.bulk.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param resumeDelay how long after start-up Busbar waits before resuming the bulk jobs a stop interrupted, so
 *                    that the chargers have reconnected (otherwise their items would fail as OFFLINE)
 * @param maxChargers the most chargers one job may target
 */
@ConfigurationProperties("busbar.bulk")
record BulkProperties(@DefaultValue("30s") Duration resumeDelay, @DefaultValue("20000") int maxChargers) {
    BulkProperties {
        if (resumeDelay.isNegative()) {
            throw new IllegalArgumentException("busbar.bulk.resume-delay must not be negative: " + resumeDelay);
        }
        if (maxChargers < 1) {
            throw new IllegalArgumentException("busbar.bulk.max-chargers must be positive: " + maxChargers);
        }
    }
}
