package io.busbar.api.alerts;

import io.busbar.alerts.AlertId;
import io.busbar.alerts.AlertState;
import io.busbar.alerts.Alerts;
import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Alerts raised by the rules: list, acknowledge (stops escalation), and every delivery attempt. */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = AlertDtos.ALERTS_TAG)
class AlertController {
    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "List alerts, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of alerts",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.ALERTS_EXAMPLE))))
    Page<AlertDtos.AlertResponse> list(
            @Parameter(description = "RAISED, ACKNOWLEDGED or RESOLVED") @RequestParam(required = false) AlertState state,
            @RequestParam(required = false) String chargerId,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = RequestValues.charger(chargerId, "chargerId");
        return Page.of(alerts.list(Callers.tenant(), state, charger, after == null ? null : new AlertId(after),
                        limit + 1), limit,
                a -> a.id().toString(), AlertDtos.AlertResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An alert",
            responses = @ApiResponse(responseCode = "200", description = "The alert",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.ALERT_EXAMPLE))))
    AlertDtos.AlertResponse get(@PathVariable UUID id) {
        return AlertDtos.AlertResponse.of(alerts.find(new AlertId(id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No alert " + id)));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert: someone is on it, escalation stops (repeating it changes nothing)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = AlertDtos.ACKNOWLEDGE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The alert",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.ALERT_EXAMPLE))))
    AlertDtos.AlertResponse acknowledge(@PathVariable UUID id, @Valid @RequestBody AlertDtos.AcknowledgeRequest request) {
        return AlertDtos.AlertResponse.of(AlertRuleController.translated(
                () -> alerts.acknowledge(new AlertId(id), request.by().strip())));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The alert's deliveries (one per level and target) with every attempt",
            responses = @ApiResponse(responseCode = "200", description = "The deliveries",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.DELIVERIES_EXAMPLE))))
    Page<AlertDtos.DeliveryResponse> deliveries(@PathVariable UUID id) {
        return Page.all(AlertRuleController.translated(() -> alerts.deliveries(new AlertId(id))).stream()
                .map(AlertDtos.DeliveryResponse::of).toList());
    }
}
