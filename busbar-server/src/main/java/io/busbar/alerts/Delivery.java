package io.busbar.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of an alert to one target at one escalation level, with every attempt.
 *
 * @param target a webhook URL or an e-mail address
 */
public record Delivery(UUID id, int level, Channel channel, String target, State state, int attempts,
                       Instant nextAttemptAt, Instant createdAt, Instant deliveredAt, List<Attempt> attemptLog) {
    public enum Channel {WEBHOOK, EMAIL}

    /** PENDING until delivered, or FAILED once the attempts allowed are spent. */
    public enum State {PENDING, DELIVERED, FAILED}

    /** @param httpStatus the webhook's answer; null for e-mail or when no answer came */
    public record Attempt(int attempt, Instant at, boolean succeeded, Integer httpStatus, String error) {
    }
}
