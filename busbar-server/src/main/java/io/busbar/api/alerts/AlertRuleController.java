package io.busbar.api.alerts;

import io.busbar.alerts.AlertNotFoundException;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertRuleSpec;
import io.busbar.alerts.AlertRules;
import io.busbar.alerts.EscalationLevel;
import io.busbar.alerts.InvalidAlertRuleException;
import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/** Alert rules: which faults, self-healing hand-overs and predictions alert whom, and how it escalates. */
@RestController
@RequestMapping("/api/v1/alert-rules")
@Tag(name = AlertDtos.RULES_TAG)
class AlertRuleController {
    private final AlertRules rules;

    AlertRuleController(AlertRules rules) {
        this.rules = rules;
    }

    @PostMapping
    @Operation(summary = "Create an alert rule",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = AlertDtos.RULE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "The rule (the secret is never returned)",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.RULE_EXAMPLE))))
    ResponseEntity<AlertDtos.RuleResponse> create(@Valid @RequestBody AlertDtos.RuleRequest request) {
        var rule = translated(() -> rules.create(Callers.tenant(), spec(request)));
        return ResponseEntity.created(URI.create("/api/v1/alert-rules/" + rule.id()))
                .body(AlertDtos.RuleResponse.of(rule));
    }

    @GetMapping
    @Operation(summary = "List alert rules in creation order",
            responses = @ApiResponse(responseCode = "200", description = "All rules",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.RULES_EXAMPLE))))
    Page<AlertDtos.RuleResponse> list() {
        return Page.all(rules.list(Callers.tenant()).stream().map(AlertDtos.RuleResponse::of).toList());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an alert rule (omit webhookSecret to keep the stored one)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = AlertDtos.RULE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The rule",
                    content = @Content(examples = @ExampleObject(value = AlertDtos.RULE_EXAMPLE))))
    AlertDtos.RuleResponse update(@PathVariable UUID id, @Valid @RequestBody AlertDtos.RuleRequest request) {
        return AlertDtos.RuleResponse.of(translated(() -> rules.update(new AlertRuleId(id), spec(request))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an alert rule; its alerts stay",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        translated(() -> {
            rules.delete(new AlertRuleId(id));
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private static AlertRuleSpec spec(AlertDtos.RuleRequest r) {
        return new AlertRuleSpec(r.name(), r.enabled() == null || r.enabled(), r.minSeverity(),
                r.siteId() == null ? null : new SiteId(r.siteId()), blankToNull(r.vendor()), blankToNull(r.model()),
                r.faultTypes(), Duration.ofSeconds(r.minDurationSeconds() == null ? 0 : r.minDurationSeconds()),
                r.webhookSecret(), r.levels().stream().map(level -> new EscalationLevel(
                        Duration.ofSeconds(level.afterSeconds()), level.webhooks(), level.emails())).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (AlertNotFoundException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, e.getMessage());
        } catch (InvalidAlertRuleException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }
}
