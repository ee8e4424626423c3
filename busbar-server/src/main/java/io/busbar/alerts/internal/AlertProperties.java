package io.busbar.alerts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param checkInterval    how often faults waiting for a rule's minimum duration and unacknowledged alerts due for
 *                         escalation are looked at (so a minimum duration is honoured within this much)
 * @param deliveryInterval how often the outbox is looked at for due deliveries
 * @param maxAttempts      attempts per delivery before it is FAILED
 * @param retryBackoff     the wait after the first failed attempt; doubled after each further one
 * @param maxBackoff       the longest wait between two attempts
 * @param webhookTimeout   how long a webhook receiver may take to connect and answer
 * @param mailFrom         the From address of alert e-mails (the SMTP server is spring.mail.*)
 */
@ConfigurationProperties("busbar.alerts")
record AlertProperties(@DefaultValue("15s") Duration checkInterval, @DefaultValue("2s") Duration deliveryInterval,
                       @DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration retryBackoff,
                       @DefaultValue("30m") Duration maxBackoff, @DefaultValue("10s") Duration webhookTimeout,
                       @DefaultValue("busbar@localhost") String mailFrom) {
    AlertProperties {
        positive("check-interval", checkInterval);
        positive("delivery-interval", deliveryInterval);
        positive("retry-backoff", retryBackoff);
        positive("max-backoff", maxBackoff);
        positive("webhook-timeout", webhookTimeout);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("busbar.alerts.max-attempts must be at least 1: " + maxAttempts);
        }
    }

    /** The wait after {@code attempts} failed attempts: backoff, 2 × backoff, 4 × ... up to maxBackoff. */
    Duration backoffAfter(int attempts) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("busbar.alerts." + key + " must be positive: " + value);
        }
    }
}
