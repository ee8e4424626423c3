package io.busbar.api.bulk;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkItem;
import io.busbar.bulk.BulkItemOutcome;
import io.busbar.bulk.BulkJob;
import io.busbar.bulk.BulkJobProgress;
import io.busbar.bulk.BulkTarget;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.SiteId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Request and response bodies of the bulk-job endpoints. */
public final class BulkJobDtos {
    static final String START_EXAMPLE = """
            {"target": {"sites": ["9b2f6d0e-3c1a-4e8b-a2d4-5f6a7b8c9d0e"], "model": "Terra AC",
                        "firmwareVersions": ["1.8.2", "1.8.3"], "tags": ["depot-north"]},
             "action": {"kind": "COMMAND", "command": "ClearCache", "arguments": {}},
             "concurrency": 20, "timeoutPerChargerSeconds": 60}""";
    static final String JOB_EXAMPLE = """
            {"id": "3f9a1c2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "state": "RUNNING",
             "target": {"sites": [], "vendor": null, "model": null, "firmwareVersions": [], "tags": ["depot-north"],
                        "identities": []},
             "action": {"kind": "COMMAND", "command": "ClearCache", "arguments": {}},
             "concurrency": 20, "timeoutPerChargerSeconds": null,
             "startedBy": {"kind": "api-key", "id": "0d7c5e1a-…", "name": "ops"},
             "createdAt": "2026-11-27T09:00:00Z", "finishedAt": null,
             "progress": {"total": 500, "pending": 312, "running": 20, "succeeded": 150, "rejected": 2, "failed": 16,
                          "cancelled": 0, "failedBy": {"OFFLINE": 15, "TIMEOUT": 1, "CALL_ERROR": 0,
                          "NOT_SUPPORTED": 0, "INVALID": 0, "ERROR": 0}}}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + JOB_EXAMPLE + "], \"next\": null}";
    static final String ITEMS_EXAMPLE = """
            {"items": [
              {"charger": "CP-0001", "state": "SUCCEEDED", "failure": null, "status": "Accepted", "error": null,
               "commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "result": {"status": "Accepted"}, "attempts": 1,
               "startedAt": "2026-11-27T09:00:00.120Z", "finishedAt": "2026-11-27T09:00:00.310Z"},
              {"charger": "CP-0002", "state": "FAILED", "failure": "OFFLINE", "status": null,
               "error": "Charger CP-0002 is offline", "commandId": "6a1d4b0f-9e2c-4a8f-8b62-2d3e4f5a6b7c",
               "result": null, "attempts": 1, "startedAt": "2026-11-27T09:00:00.130Z",
               "finishedAt": "2026-11-27T09:00:00.135Z"}],
             "next": "CP-0002"}""";
    static final String RETRY_EXAMPLE = """
            {"outcomes": ["OFFLINE", "TIMEOUT"]}""";

    private BulkJobDtos() {
    }

    @Schema(description = "Start a job: which chargers, what to do, how many at once")
    public record StartBulkJobRequest(
            @NotNull @Valid TargetRequest target,
            @NotNull @Valid ActionRequest action,
            @Schema(description = "Chargers worked on at once; default 20") @Min(1) @Max(200) Integer concurrency,
            @Schema(description = "Seconds one charger may take before its item is FAILED/TIMEOUT; default: the "
                    + "gateway's call timeout, which also bounds this")
            @Min(1) @Max(3600) Integer timeoutPerChargerSeconds) {
    }

    @Schema(description = "Criteria combine with AND; several values of one criterion with OR. At least one is needed.")
    public record TargetRequest(
            @Size(max = 1000) List<UUID> sites,
            @Schema(description = "Case-insensitive, as reported at boot") @Size(max = 50) String vendor,
            @Schema(description = "Case-insensitive, as reported at boot") @Size(max = 50) String model,
            @Schema(description = "Exact firmware versions, as reported at boot") @Size(max = 1000) List<String> firmwareVersions,
            @Size(max = 1000) List<String> tags,
            @Size(max = 20000) List<String> identities) {
    }

    public enum ActionKind {
        COMMAND, TEMPLATE_CHECK
    }

    @Schema(description = "COMMAND: any command type by name (GET /api/v1/command-types) with its arguments; "
            + "TEMPLATE_CHECK: compare with the configuration template and, if `correct`, fix what differs")
    public record ActionRequest(
            @Schema(description = "Default COMMAND") ActionKind kind,
            @Size(min = 1, max = 100) String command,
            Map<String, Object> arguments,
            Boolean correct) {
    }

    @Schema(description = "Which items to run again: FAILED (any reason; the default), a failure reason "
            + "(OFFLINE, TIMEOUT, CALL_ERROR, NOT_SUPPORTED, INVALID, ERROR), REJECTED or CANCELLED")
    public record RetryRequest(@Size(max = 20) List<BulkItemOutcome> outcomes) {
    }

    public record TargetResponse(List<String> sites, String vendor, String model, List<String> firmwareVersions,
                          List<String> tags, List<String> identities) {
        static TargetResponse of(BulkTarget target) {
            return new TargetResponse(sorted(target.sites(), SiteId::toString), target.vendor(), target.model(),
                    sorted(target.firmwareVersions(), Function.identity()), sorted(target.tags(), ChargerTag::value),
                    sorted(target.identities(), ChargerIdentity::value));
        }
    }

    public record ActionResponse(ActionKind kind, String command, Map<String, Object> arguments, Boolean correct) {
        static ActionResponse of(BulkAction action) {
            return switch (action) {
                case BulkAction.RunCommand command -> new ActionResponse(ActionKind.COMMAND, command.command(),
                        command.arguments(), null);
                case BulkAction.CheckTemplate check -> new ActionResponse(ActionKind.TEMPLATE_CHECK, null, null,
                        check.correct());
            };
        }
    }

    @Schema(name = "BulkJobActor")

    public record ActorResponse(String kind, String id, String name) {
    }

    @Schema(description = "Items per state; `failedBy` splits `failed` by reason")
    public record ProgressResponse(int total, int pending, int running, int succeeded, int rejected, int failed,
                            int cancelled, Map<String, Integer> failedBy) {
        static ProgressResponse of(BulkJobProgress p) {
            Map<String, Integer> failedBy = new LinkedHashMap<>();
            p.failedBy().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> failedBy.put(e.getKey().name(), e.getValue()));
            return new ProgressResponse(p.total(), p.pending(), p.running(), p.succeeded(), p.rejected(), p.failed(),
                    p.cancelled(), failedBy);
        }
    }

    @Schema(description = "A bulk job: RUNNING, then COMPLETED (every item final) or CANCELLED")
    public record BulkJobResponse(UUID id, String state, TargetResponse target, ActionResponse action, int concurrency,
                           Long timeoutPerChargerSeconds, ActorResponse startedBy, Instant createdAt,
                           Instant finishedAt, ProgressResponse progress) {
        static BulkJobResponse of(BulkJob job) {
            return new BulkJobResponse(job.id().value(), job.state().name(), TargetResponse.of(job.target()),
                    ActionResponse.of(job.action()), job.concurrency(),
                    job.timeoutPerCharger() == null ? null : job.timeoutPerCharger().toSeconds(),
                    new ActorResponse(job.startedBy().kind(), job.startedBy().id(), job.startedBy().name()),
                    job.createdAt(), job.finishedAt(), ProgressResponse.of(job.progress()));
        }
    }

    @Schema(description = "One charger of a job: PENDING, RUNNING, SUCCEEDED, REJECTED (answered with another "
            + "status), FAILED (with `failure`) or CANCELLED")
    public record ItemResponse(String charger, String state, String failure,
                        @Schema(description = "The charger's status literal as sent, or for a template check "
                                + "InSync, Corrected, Drifted, NoTemplate") String status,
                        String error,
                        @Schema(description = "The attempt in the charger's command log (GET /api/v1/commands/{id})")
                        UUID commandId,
                        Map<String, Object> result, int attempts, Instant startedAt, Instant finishedAt) {
        static ItemResponse of(BulkItem item) {
            return new ItemResponse(item.charger().value(), item.state().name(),
                    item.failure() == null ? null : item.failure().name(), item.status(), item.error(),
                    item.commandId() == null ? null : item.commandId().value(), item.result(), item.attempts(),
                    item.startedAt(), item.finishedAt());
        }
    }

    private static <T> List<String> sorted(Set<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().collect(Collectors.toList());
    }
}
