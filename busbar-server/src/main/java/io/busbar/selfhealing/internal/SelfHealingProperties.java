package io.busbar.selfhealing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of self-healing, prefix {@code busbar.self-healing}.
 *
 * @param enabled             false = faults start no playbook runs (nothing automatic is sent)
 * @param maxResetsPerCharger automatic resets (soft or hard) one charger may get within {@code resetWindow};
 *                            further reset steps are skipped as SKIPPED_RATE_LIMITED
 * @param resetWindow         the rate limit's sliding window
 * @param pollInterval        how often a WAIT_RECOVERY step looks for recovery
 */
@ConfigurationProperties("busbar.self-healing")
record SelfHealingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3") int maxResetsPerCharger,
        @DefaultValue("24h") Duration resetWindow,
        @DefaultValue("1s") Duration pollInterval) {

    SelfHealingProperties {
        if (maxResetsPerCharger < 0) {
            throw new IllegalArgumentException("busbar.self-healing.max-resets-per-charger must be 0 or more");
        }
        if (resetWindow.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("busbar.self-healing.reset-window and poll-interval must be positive");
        }
    }
}
