package io.busbar.api.webhooks;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.WebhookDeliveries;
import io.busbar.webhooks.WebhookDelivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/webhook-deliveries")
@Tag(name = ApiTags.WEBHOOKS)
class WebhookDeliveryController {
    private final WebhookDeliveries deliveries;

    WebhookDeliveryController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A delivery with every attempt (time, duration, HTTP status, error)",
            responses = @ApiResponse(responseCode = "200", description = "The delivery", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.DELIVERY_EXAMPLE))))
    WebhookDtos.DeliveryResponse get(@PathVariable UUID id) {
        return deliveries.find(Callers.tenant(), new DeliveryId(id))
                .map(delivery -> WebhookDtos.DeliveryResponse.of(delivery, true))
                .orElseThrow(() -> WebhookProblems.deliveryNotFound(id.toString()));
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Send the delivery's event again, as a new delivery queued behind its charger's pending ones",
            responses = @ApiResponse(responseCode = "202", description = "The new delivery", content = @Content(
                    examples = @ExampleObject(value = WebhookDtos.REPLAY_EXAMPLE))))
    ResponseEntity<WebhookDtos.DeliveryResponse> replay(@PathVariable UUID id) {
        WebhookDelivery replay = deliveries.replay(Callers.tenant(), new DeliveryId(id))
                .orElseThrow(() -> WebhookProblems.deliveryNotFound(id.toString()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/webhook-deliveries/" + replay.id()))
                .body(WebhookDtos.DeliveryResponse.of(replay, false));
    }
}
