package io.busbar.api.alerts;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertRule;
import io.busbar.alerts.AlertSource;
import io.busbar.alerts.AlertState;
import io.busbar.alerts.Delivery;
import io.busbar.alerts.EscalationLevel;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the alert-rule and alert endpoints. */
public final class AlertDtos {
    /** The OpenAPI tags of these endpoints (kept here rather than in ApiTags). */
    public static final String RULES_TAG = "Alert rules";
    public static final String ALERTS_TAG = "Alerts";

    static final String RULE_REQUEST_EXAMPLE = """
            {"name": "Depot north: EVSE down for 5 minutes", "enabled": true, "minSeverity": "ERROR",
             "siteId": "9b2f6d0e-3c1a-4e8b-a2d4-5f6a7b8c9d0e", "vendor": "ABB", "model": "Terra AC",
             "faultTypes": ["CONNECTOR_ERROR", "GHOST_CHARGER"], "minDurationSeconds": 300,
             "webhookSecret": "whsec_5f0c3a9e8d1b4f7e9a51",
             "levels": [
               {"afterSeconds": 0, "webhooks": ["https://ops.example.com/busbar"], "emails": ["noc@example.com"]},
               {"afterSeconds": 1800, "emails": ["duty-manager@example.com"]}]}""";
    static final String RULE_EXAMPLE = """
            {"id": "3f9a1c2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "name": "Depot north: EVSE down for 5 minutes",
             "enabled": true, "minSeverity": "ERROR", "siteId": "9b2f6d0e-3c1a-4e8b-a2d4-5f6a7b8c9d0e",
             "vendor": "ABB", "model": "Terra AC", "faultTypes": ["CONNECTOR_ERROR", "GHOST_CHARGER"],
             "minDurationSeconds": 300, "webhookSecretSet": true,
             "levels": [
               {"afterSeconds": 0, "webhooks": ["https://ops.example.com/busbar"], "emails": ["noc@example.com"]},
               {"afterSeconds": 1800, "webhooks": [], "emails": ["duty-manager@example.com"]}],
             "createdAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-27T09:00:00Z"}""";
    static final String RULES_EXAMPLE = "{\"items\": [" + RULE_EXAMPLE + "], \"next\": null}";
    static final String ALERT_EXAMPLE = """
            {"id": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "ruleId": "3f9a1c2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c",
             "source": "FAULT", "sourceRef": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
             "faultId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "state": "RAISED", "severity": "ERROR",
             "chargerId": "CP-0042", "evseId": 1, "faultType": "CONNECTOR_ERROR",
             "title": "CONNECTOR_ERROR at CP-0042 EVSE 1 (GroundFailure)", "description": "Connector 1 Faulted",
             "level": 1, "raisedAt": "2026-11-27T09:05:00Z", "acknowledgedAt": null, "acknowledgedBy": null,
             "resolvedAt": null, "resolvedBecause": null}""";
    static final String ALERTS_EXAMPLE = "{\"items\": [" + ALERT_EXAMPLE + "], \"next\": null}";
    static final String ACKNOWLEDGE_EXAMPLE = """
            {"by": "Jane (NOC)"}""";
    static final String DELIVERIES_EXAMPLE = """
            {"items": [
              {"id": "6a1d4b0f-9e2c-4a8f-8b62-2d3e4f5a6b7c", "level": 1, "channel": "WEBHOOK",
               "target": "https://ops.example.com/busbar", "state": "DELIVERED", "attempts": 2,
               "nextAttemptAt": "2026-11-27T09:05:30Z", "createdAt": "2026-11-27T09:05:00Z",
               "deliveredAt": "2026-11-27T09:05:30Z",
               "attemptLog": [
                 {"attempt": 1, "at": "2026-11-27T09:05:00Z", "succeeded": false, "httpStatus": 500, "error": "HTTP 500"},
                 {"attempt": 2, "at": "2026-11-27T09:05:30Z", "succeeded": true, "httpStatus": 204, "error": null}]}],
             "next": null}""";

    private AlertDtos() {
    }

    @Schema(description = "A rule: what it matches (all criteria must hold) and whom it tells, level by level")
    public record RuleRequest(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Default true") Boolean enabled,
            @Schema(description = "INFO, WARNING, ERROR, CRITICAL; default INFO") FaultSeverity minSeverity,
            @Schema(description = "Only chargers of this site; omit for all") UUID siteId,
            @Schema(description = "Charger vendor as reported at boot, case-insensitive") @Size(max = 50) String vendor,
            @Schema(description = "Charger model as reported at boot, case-insensitive") @Size(max = 50) String model,
            @Schema(description = "Empty or omitted for every type") @Size(max = 20) Set<FaultType> faultTypes,
            @Schema(description = "Alert on a fault only if it is still open after this many seconds (0: at once)")
            @Min(0) @Max(604800) Long minDurationSeconds,
            @Schema(description = "Signs webhooks (HMAC-SHA256, at least 16 characters); write-only. Required when "
                    + "a level has webhooks; omit on update to keep the stored one.")
            @Size(min = 16, max = 200) String webhookSecret,
            @NotEmpty @Size(max = 5) List<@Valid @NotNull LevelBody> levels) {
        @Override
        public String toString() {
            return "RuleRequest[name=" + name + ", webhookSecret=" + (webhookSecret == null ? "none" : "***") + "]";
        }
    }

    @Schema(description = "Level 1 (afterSeconds 0) is told when the alert is raised; each later level when the "
            + "alert is still unacknowledged afterSeconds after it was raised")
    public record LevelBody(@NotNull @Min(0) @Max(604800) Long afterSeconds,
                            @Size(max = 20) List<@NotNull URI> webhooks,
                            @Size(max = 20) List<@NotBlank @Size(max = 254) String> emails) {
        static LevelBody of(EscalationLevel level) {
            return new LevelBody(level.after().toSeconds(), level.webhooks(), level.emails());
        }
    }

    public record RuleResponse(String id, String name, boolean enabled, FaultSeverity minSeverity, UUID siteId,
                               String vendor, String model, List<FaultType> faultTypes, long minDurationSeconds,
                               boolean webhookSecretSet, List<LevelBody> levels, Instant createdAt,
                               Instant updatedAt) {
        static RuleResponse of(AlertRule rule) {
            var spec = rule.spec();
            return new RuleResponse(rule.id().toString(), spec.name(), spec.enabled(), spec.minSeverity(),
                    spec.siteId() == null ? null : spec.siteId().value(), spec.vendor(), spec.model(),
                    spec.faultTypes().stream().sorted().toList(), spec.minDuration().toSeconds(),
                    rule.hasWebhookSecret(), spec.levels().stream().map(LevelBody::of).toList(), rule.createdAt(),
                    rule.updatedAt());
        }
    }

    public record AcknowledgeRequest(@NotBlank @Size(max = 200) String by) {
    }

    public record AlertResponse(String id, String ruleId, AlertSource source, String sourceRef, String faultId,
                                AlertState state, FaultSeverity severity, String chargerId, Integer evseId,
                                FaultType faultType, String title, String description, int level, Instant raisedAt,
                                Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
                                String resolvedBecause) {
        static AlertResponse of(Alert a) {
            return new AlertResponse(a.id().toString(), a.rule() == null ? null : a.rule().toString(), a.source(),
                    a.sourceRef(), a.fault() == null ? null : a.fault().toString(), a.state(), a.severity(),
                    a.charger().value(), a.evseId(), a.faultType(), a.title(), a.description(), a.level(),
                    a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.resolvedAt(), a.resolvedBecause());
        }
    }

    public record DeliveryResponse(String id, int level, Delivery.Channel channel, String target,
                                   Delivery.State state, int attempts, Instant nextAttemptAt, Instant createdAt,
                                   Instant deliveredAt, List<Delivery.Attempt> attemptLog) {
        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id().toString(), d.level(), d.channel(), d.target(), d.state(), d.attempts(),
                    d.nextAttemptAt(), d.createdAt(), d.deliveredAt(), d.attemptLog());
        }
    }
}
