package io.busbar.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event's delivery to one subscription, with its attempts (empty in lists).
 *
 * @param charger       the charger the event is about (deliveries of one charger go out in order); null for none
 * @param nextAttemptAt when a PENDING delivery is tried next (unless an earlier one of its charger is pending)
 * @param replayOf      the delivery this one sends again, if it is a replay
 */
public record WebhookDelivery(DeliveryId id, WebhookId webhook, UUID eventId, EventType eventType, String charger,
                              State state, int attempts, Instant nextAttemptAt, Instant createdAt,
                              Instant deliveredAt, DeliveryId replayOf, Integer lastHttpStatus, String lastError,
                              List<Attempt> attemptLog) {
    public WebhookDelivery {
        attemptLog = List.copyOf(attemptLog);
    }

    public enum State {
        PENDING, DELIVERED,
        /** Every attempt failed: given up; the next deliveries of its charger go ahead. */
        DEAD
    }

    /**
     * @param httpStatus null when no answer came (connection refused, timeout)
     * @param error      null for a 2xx
     */
    public record Attempt(int attempt, Instant at, long durationMillis, Integer httpStatus, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }
}
