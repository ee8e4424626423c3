package io.busbar.api.selfhealing;

import io.busbar.faults.FaultType;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.PlaybookRun;
import io.busbar.selfhealing.PlaybookStepKind;
import io.busbar.selfhealing.RunState;
import io.busbar.selfhealing.StepOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the self-healing endpoints, with their OpenAPI examples. */
final class SelfHealingDtos {
    static final String TAG = "Self-healing";

    static final String STEPS_EXAMPLE = """
            [{"step": "SOFT_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 120}, {"step": "HARD_RESET"},
             {"step": "WAIT_RECOVERY", "seconds": 180}, {"step": "UNLOCK_CONNECTOR"}, {"step": "MARK_UNAVAILABLE"},
             {"step": "CALL_HUMAN"}]""";
    static final String SAVE_EXAMPLE = """
            {"faultType": "CONNECTOR_ERROR", "vendor": "Acme", "model": "AC22", "enabled": true,
             "steps": """ + STEPS_EXAMPLE + "}";
    static final String TUNE_EXAMPLE = """
            {"enabled": false}""";
    static final String PLAYBOOK_EXAMPLE = """
            {"id": "3f0c1c2e-6a53-4a7e-9d55-1f0d7c1d2a10", "faultType": "CONNECTOR_ERROR", "vendor": "Acme",
             "model": "AC22", "enabled": true, "steps": """ + STEPS_EXAMPLE + """
            , "version": 2, "updatedAt": "2025-03-01T09:00:00Z", "updatedBy": "api-key:ops"}""";
    static final String PLAYBOOKS_EXAMPLE = "{\"items\": [" + PLAYBOOK_EXAMPLE + "], \"next\": null}";
    static final String RUN_EXAMPLE = """
            {"id": "8d1b6f0e-2f9a-4d4b-a3c1-6b2f1f0a9e77", "faultId": "0b9e2b8c-55b4-4f4e-8f6a-0a7f2d9c1e01",
             "chargerId": "CP-0042", "evseId": 1, "faultType": "CONNECTOR_ERROR", "severity": "ERROR",
             "faultCode": "GroundFailure", "playbookId": "3f0c1c2e-6a53-4a7e-9d55-1f0d7c1d2a10", "playbookVersion": 1,
             "state": "RECOVERED", "startedAt": "2025-03-01T09:00:00Z", "endedAt": "2025-03-01T09:00:41Z",
             "summary": "Recovered: EVSE 1 reported Available (was UNAVAILABLE)",
             "steps": [{"position": 0, "step": "SOFT_RESET", "startedAt": "2025-03-01T09:00:00Z",
                        "endedAt": "2025-03-01T09:00:01Z", "command": "Reset SOFT evse 1",
                        "commandId": "c6a0e7a4-31c8-4df4-9a55-2d8e8f7f3b21", "answer": "Accepted", "outcome": "SENT"},
                       {"position": 1, "step": "WAIT_RECOVERY", "startedAt": "2025-03-01T09:00:01Z",
                        "endedAt": "2025-03-01T09:00:41Z", "outcome": "RECOVERED",
                        "detail": "EVSE 1 reported Available (was UNAVAILABLE)"}]}""";
    static final String RUNS_EXAMPLE = "{\"items\": [" + RUN_EXAMPLE + "], \"next\": null}";

    private SelfHealingDtos() {
    }

    record StepDto(@NotNull PlaybookStepKind step, Integer seconds) {
    }

    record SavePlaybookRequest(
            @NotNull FaultType faultType,
            @Schema(description = "Only faults with this code (e.g. GroundFailure); absent = any code")
            @Size(max = 100) String faultCode,
            @Schema(description = "Scope: one site (not with vendor/model)") UUID siteId,
            @Schema(description = "Scope: one charger model, with model") @Size(max = 100) String vendor,
            @Size(max = 100) String model,
            @Schema(description = "Default true") Boolean enabled,
            @NotNull @Size(min = 1, max = 50) List<StepDto> steps) {
    }

    record TunePlaybookRequest(Boolean enabled, @Size(min = 1, max = 50) List<StepDto> steps) {
    }

    record PlaybookResponse(UUID id, FaultType faultType, String faultCode, UUID siteId, String vendor, String model,
                            boolean enabled, List<StepDto> steps, int version, Instant updatedAt, String updatedBy) {
        static PlaybookResponse of(Playbook p) {
            return new PlaybookResponse(p.id(), p.faultType(), p.faultCode(),
                    p.siteId() == null ? null : p.siteId().value(), p.vendor(), p.model(), p.enabled(),
                    p.steps().stream().map(s -> new StepDto(s.step(), s.seconds())).toList(), p.version(),
                    p.updatedAt(), p.updatedBy());
        }
    }

    record RunStepResponse(int position, PlaybookStepKind step, Instant startedAt, Instant endedAt, String command,
                           UUID commandId, String answer, StepOutcome outcome, String detail) {
        static RunStepResponse of(PlaybookRun.Step s) {
            return new RunStepResponse(s.position(), s.step(), s.startedAt(), s.endedAt(), s.command(),
                    s.commandId(), s.answer(), s.outcome(), s.detail());
        }
    }

    record RunResponse(UUID id, UUID faultId, String chargerId, Integer evseId, FaultType faultType, String severity,
                       String faultCode, UUID playbookId, int playbookVersion, RunState state, Instant startedAt,
                       Instant endedAt, String summary,
                       @Schema(description = "Only in GET /playbook-runs/{id}") List<RunStepResponse> steps) {
        static RunResponse of(PlaybookRun r, boolean withSteps) {
            return new RunResponse(r.id(), r.fault().value(), r.charger().value(), r.evseId(), r.faultType(),
                    r.severity().name(), r.faultCode(), r.playbookId(), r.playbookVersion(), r.state(),
                    r.startedAt(), r.endedAt(), r.summary(),
                    withSteps ? r.steps().stream().map(RunStepResponse::of).toList() : null);
        }
    }
}
