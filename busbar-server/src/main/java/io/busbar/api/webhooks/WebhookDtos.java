package io.busbar.api.webhooks;

import io.busbar.api.problems.ProblemException;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.Webhook;
import io.busbar.webhooks.WebhookDelivery;
import io.busbar.webhooks.WebhookSpec;
import io.busbar.webhooks.WebhookWithSecret;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The published JSON of webhook subscriptions and their delivery log. */
final class WebhookDtos {
    static final String CREATE_REQUEST_EXAMPLE = """
            {"url": "https://erp.example.com/busbar/events", "eventTypes": ["session.started", "session.ended",
             "cdr.issued"], "description": "ERP billing import", "active": true}""";
    static final String WEBHOOK_EXAMPLE = """
            {"id": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e", "url": "https://erp.example.com/busbar/events",
             "eventTypes": ["cdr.issued", "session.ended", "session.started"], "description": "ERP billing import",
             "active": true, "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-03-01T09:30:00Z"}""";
    static final String CREATED_EXAMPLE = """
            {"id": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e", "url": "https://erp.example.com/busbar/events",
             "eventTypes": ["cdr.issued", "session.ended", "session.started"], "description": "ERP billing import",
             "active": true, "createdAt": "2025-03-01T09:30:00Z", "updatedAt": "2025-03-01T09:30:00Z",
             "secret": "whsec_q3Jw0mX8yZ1c4V7bN2kP5sT9uR6eA0dF3gH8jL1oQ4i"}""";
    static final String LIST_EXAMPLE = """
            {"items": [{"id": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e", "url": "https://erp.example.com/busbar/events",
             "eventTypes": [], "active": true, "createdAt": "2025-03-01T09:30:00Z",
             "updatedAt": "2025-03-01T09:30:00Z"}], "next": null}""";
    static final String SECRET_EXAMPLE = """
            {"id": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e", "secret": "whsec_Zt7Yb1Qw4Er8Ty2Ui6Op0As3Df5Gh9Jk1Lz4Xc7Vb0n"}""";
    static final String DELIVERY_EXAMPLE = """
            {"id": "b7e0c1d2-8a9f-4e3d-9c2b-1a0f9e8d7c6b", "webhookId": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e",
             "eventId": "0c4b5a69-7d8e-4f10-a2b3-c4d5e6f70812", "eventType": "session.ended", "chargerId": "CP-0042",
             "state": "DELIVERED", "attempts": 2, "createdAt": "2025-03-01T10:05:00Z",
             "nextAttemptAt": "2025-03-01T10:05:10Z", "deliveredAt": "2025-03-01T10:05:10Z", "lastHttpStatus": 200,
             "attemptLog": [
               {"attempt": 1, "at": "2025-03-01T10:05:00Z", "durationMillis": 10002, "error": "HttpTimeoutException: request timed out"},
               {"attempt": 2, "at": "2025-03-01T10:05:10Z", "durationMillis": 84, "httpStatus": 200}]}""";
    static final String DELIVERY_LIST_EXAMPLE = """
            {"items": [{"id": "b7e0c1d2-8a9f-4e3d-9c2b-1a0f9e8d7c6b", "webhookId": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e",
             "eventId": "0c4b5a69-7d8e-4f10-a2b3-c4d5e6f70812", "eventType": "session.ended", "chargerId": "CP-0042",
             "state": "PENDING", "attempts": 1, "createdAt": "2025-03-01T10:05:00Z",
             "nextAttemptAt": "2025-03-01T10:05:10Z", "lastHttpStatus": 503, "lastError": "HTTP 503"}],
             "next": "b7e0c1d2-8a9f-4e3d-9c2b-1a0f9e8d7c6b"}""";
    static final String PING_EXAMPLE = """
            {"id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", "webhookId": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e",
             "eventId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9", "eventType": "webhook.ping", "state": "PENDING",
             "attempts": 0, "createdAt": "2025-03-01T10:05:00Z", "nextAttemptAt": "2025-03-01T10:05:00Z"}""";

    static final String REPLAY_EXAMPLE = """
            {"id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", "webhookId": "6f1c2f0e-3f0a-4a8e-9d8e-1f2a3b4c5d6e",
             "eventId": "0c4b5a69-7d8e-4f10-a2b3-c4d5e6f70812", "eventType": "session.ended", "chargerId": "CP-0042",
             "state": "PENDING", "attempts": 0, "createdAt": "2025-03-02T08:00:00Z",
             "nextAttemptAt": "2025-03-02T08:00:00Z", "replayOf": "b7e0c1d2-8a9f-4e3d-9c2b-1a0f9e8d7c6b"}""";

    private WebhookDtos() {
    }

    record WebhookRequest(
            @Schema(description = "Where events are POSTed: https (http only to localhost)",
                    example = "https://erp.example.com/busbar/events")
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "The event types to receive; absent or empty = all. charger.online, charger.offline, "
                    + "charger.status, session.started, session.updated, session.ended, cdr.issued, alert.raised, "
                    + "fault.opened, fault.closed", example = "[\"session.started\", \"session.ended\"]")
            @Size(max = 20) List<@NotBlank String> eventTypes,
            @Schema(description = "What it is for", example = "ERP billing import") @Size(max = 500) String description,
            @Schema(description = "Whether events are sent (default true); an inactive subscription's pending "
                    + "deliveries wait until it is active again") Boolean active) {

        WebhookSpec toSpec() {
            Set<EventType> types = new LinkedHashSet<>();
            for (String literal : eventTypes == null ? List.<String>of() : eventTypes) {
                types.add(EventType.ofLiteral(literal.strip()).filter(EventType::subscribable).orElseThrow(() ->
                        ProblemException.invalid("eventTypes", "unknown event type " + literal)));
            }
            return new WebhookSpec(uri(url.strip()), types, description, active == null || active);
        }

        private static URI uri(String url) {
            try {
                return new URI(url);
            } catch (URISyntaxException e) {
                throw ProblemException.invalid("url", "not a URL: " + e.getReason());
            }
        }
    }

    record WebhookResponse(UUID id, String url,
                           @Schema(description = "Empty = all event types") List<String> eventTypes,
                           String description, boolean active, Instant createdAt, Instant updatedAt) {
        static WebhookResponse of(Webhook webhook) {
            return new WebhookResponse(webhook.id().value(), webhook.url().toString(), literals(webhook.eventTypes()),
                    webhook.description(), webhook.active(), webhook.createdAt(), webhook.updatedAt());
        }
    }

    record CreatedWebhook(UUID id, String url, List<String> eventTypes, String description, boolean active,
                          Instant createdAt, Instant updatedAt,
                          @Schema(description = "The signing secret, shown this once: Busbar keeps it sealed and "
                                  + "never shows it again (rotate it to get a new one)") String secret) {
        static CreatedWebhook of(WebhookWithSecret created) {
            Webhook webhook = created.webhook();
            return new CreatedWebhook(webhook.id().value(), webhook.url().toString(), literals(webhook.eventTypes()),
                    webhook.description(), webhook.active(), webhook.createdAt(), webhook.updatedAt(),
                    created.secret());
        }
    }

    record RotatedSecret(UUID id,
                         @Schema(description = "The new signing secret, shown this once; the old one no longer signs")
                         String secret) {
    }

    @Schema(name = "WebhookDelivery")

    record DeliveryResponse(UUID id, UUID webhookId, UUID eventId, String eventType,
                            @Schema(description = "The charger the event is about; deliveries of one charger go out "
                                    + "in order") String chargerId,
                            WebhookDelivery.State state, int attempts, Instant createdAt, Instant nextAttemptAt,
                            Instant deliveredAt, UUID replayOf, Integer lastHttpStatus, String lastError,
                            List<AttemptResponse> attemptLog) {
        static DeliveryResponse of(WebhookDelivery delivery, boolean withAttempts) {
            return new DeliveryResponse(delivery.id().value(), delivery.webhook().value(), delivery.eventId(),
                    delivery.eventType().literal(), delivery.charger(), delivery.state(), delivery.attempts(),
                    delivery.createdAt(), delivery.nextAttemptAt(), delivery.deliveredAt(),
                    delivery.replayOf() == null ? null : delivery.replayOf().value(), delivery.lastHttpStatus(),
                    delivery.lastError(),
                    withAttempts ? delivery.attemptLog().stream().map(AttemptResponse::of).toList() : null);
        }
    }

    record AttemptResponse(int attempt, Instant at, long durationMillis,
                           @Schema(description = "Absent when no answer came") Integer httpStatus,
                           @Schema(description = "Absent for a 2xx") String error) {
        static AttemptResponse of(WebhookDelivery.Attempt attempt) {
            return new AttemptResponse(attempt.attempt(), attempt.at(), attempt.durationMillis(), attempt.httpStatus(),
                    attempt.error());
        }
    }

    private static List<String> literals(Set<EventType> types) {
        return types.stream().map(EventType::literal).sorted().toList();
    }
}
