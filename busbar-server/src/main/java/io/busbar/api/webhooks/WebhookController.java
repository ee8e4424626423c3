package io.busbar.api.webhooks;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.InvalidWebhookException;
import io.busbar.webhooks.Webhook;
import io.busbar.webhooks.WebhookDeliveries;
import io.busbar.webhooks.WebhookDelivery;
import io.busbar.webhooks.WebhookId;
import io.busbar.webhooks.WebhookWithSecret;
import io.busbar.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = ApiTags.WEBHOOKS, description = "Signed event deliveries to your endpoints, retried, in order per charger")
class WebhookController {
    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;

    WebhookController(Webhooks webhooks, WebhookDeliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @PostMapping
    @Operation(summary = "Subscribe an endpoint to events; the response is the only time its signing secret is shown",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.CREATE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Subscribed", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.CREATED_EXAMPLE))))
    ResponseEntity<WebhookDtos.CreatedWebhook> create(@Valid @RequestBody WebhookDtos.WebhookRequest request) {
        WebhookWithSecret created = valid(() -> webhooks.create(Callers.tenant(), request.toSpec()));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().id()))
                .body(WebhookDtos.CreatedWebhook.of(created));
    }

    @GetMapping
    @Operation(summary = "List your tenant's webhook subscriptions (never their secrets), oldest first",
            responses = @ApiResponse(responseCode = "200", description = "The subscriptions", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.LIST_EXAMPLE))))
    Page<WebhookDtos.WebhookResponse> list() {
        return Page.all(webhooks.list(Callers.tenant()).stream().map(WebhookDtos.WebhookResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A webhook subscription (never its secret)",
            responses = @ApiResponse(responseCode = "200", description = "The subscription", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.WEBHOOK_EXAMPLE))))
    WebhookDtos.WebhookResponse get(@PathVariable UUID id) {
        return WebhookDtos.WebhookResponse.of(existing(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a subscription's URL, event types, description and active flag (the secret stays)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.CREATE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Updated", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.WEBHOOK_EXAMPLE))))
    WebhookDtos.WebhookResponse update(@PathVariable UUID id, @Valid @RequestBody WebhookDtos.WebhookRequest request) {
        return valid(() -> webhooks.update(Callers.tenant(), new WebhookId(id), request.toSpec()))
                .map(WebhookDtos.WebhookResponse::of)
                .orElseThrow(() -> WebhookProblems.webhookNotFound(id.toString()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Unsubscribe; pending deliveries are dropped and the delivery log goes with it",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!webhooks.delete(Callers.tenant(), new WebhookId(id))) {
            throw WebhookProblems.webhookNotFound(id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Replace the signing secret: the new one, shown this once, signs every attempt from now on",
            responses = @ApiResponse(responseCode = "200", description = "The new secret", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.SECRET_EXAMPLE))))
    WebhookDtos.RotatedSecret rotateSecret(@PathVariable UUID id) {
        return webhooks.rotateSecret(Callers.tenant(), new WebhookId(id))
                .map(rotated -> new WebhookDtos.RotatedSecret(id, rotated.secret()))
                .orElseThrow(() -> WebhookProblems.webhookNotFound(id.toString()));
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Send a webhook.ping event to this subscription only (also when inactive)",
            responses = @ApiResponse(responseCode = "202", description = "Queued; follow it in the delivery log",
                    content = @Content(examples = @ExampleObject(value = WebhookDtos.PING_EXAMPLE))))
    ResponseEntity<WebhookDtos.DeliveryResponse> test(@PathVariable UUID id) {
        WebhookDelivery delivery = webhooks.ping(Callers.tenant(), new WebhookId(id))
                .orElseThrow(() -> WebhookProblems.webhookNotFound(id.toString()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/webhook-deliveries/" + delivery.id()))
                .body(WebhookDtos.DeliveryResponse.of(delivery, false));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first, without attempts (see the delivery)",
            responses = @ApiResponse(responseCode = "200", description = "A page of deliveries", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.DELIVERY_LIST_EXAMPLE))))
    Page<WebhookDtos.DeliveryResponse> deliveries(
            @PathVariable UUID id,
            @Parameter(description = "Only deliveries in this state") @RequestParam(required = false)
            WebhookDelivery.State status,
            @Parameter(description = "Only this event type, e.g. session.ended") @RequestParam(required = false)
            String type,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false)
            UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Webhook webhook = existing(id);
        EventType eventType = type == null ? null : EventType.ofLiteral(type.strip())
                .orElseThrow(() -> ProblemException.invalid("type", "unknown event type " + type));
        return Page.of(deliveries.list(Callers.tenant(), webhook.id(), status, eventType,
                        before == null ? null : new DeliveryId(before), limit + 1), limit,
                delivery -> delivery.id().toString(), delivery -> WebhookDtos.DeliveryResponse.of(delivery, false));
    }

    private Webhook existing(UUID id) {
        return webhooks.find(Callers.tenant(), new WebhookId(id))
                .orElseThrow(() -> WebhookProblems.webhookNotFound(id.toString()));
    }

    private static <T> T valid(Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidWebhookException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }
}
