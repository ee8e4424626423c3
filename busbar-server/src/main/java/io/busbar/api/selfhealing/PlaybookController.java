package io.busbar.api.selfhealing;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.commands.Actor;
import io.busbar.selfhealing.InvalidPlaybookException;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.PlaybookRuns;
import io.busbar.selfhealing.PlaybookStep;
import io.busbar.selfhealing.Playbooks;
import io.busbar.selfhealing.RunState;
import io.busbar.selfhealing.SavePlaybook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static io.busbar.api.selfhealing.SelfHealingDtos.*;

/** Self-healing playbooks (what is done automatically per fault type and scope) and their runs. */
@RestController
@Tag(name = SelfHealingDtos.TAG, description = "Self-healing playbooks per fault type, site or charger model, "
        + "and the runs they made (every step, command and outcome)")
class PlaybookController {
    private final Playbooks playbooks;
    private final PlaybookRuns runs;
    private final Sites sites;

    PlaybookController(Playbooks playbooks, PlaybookRuns runs, Sites sites) {
        this.playbooks = playbooks;
        this.runs = runs;
        this.sites = sites;
    }

    @GetMapping("/api/v1/playbooks")
    @Operation(summary = "List playbooks (built-in defaults and every site or model override)",
            responses = @ApiResponse(responseCode = "200", description = "All playbooks", content = @Content(
                    examples = @ExampleObject(value = PLAYBOOKS_EXAMPLE))))
    Page<PlaybookResponse> list() {
        return Page.all(playbooks.list(Callers.tenant()).stream().map(PlaybookResponse::of).toList());
    }

    @GetMapping("/api/v1/playbooks/{id}")
    @Operation(summary = "One playbook",
            responses = @ApiResponse(responseCode = "200", description = "The playbook", content = @Content(
                    examples = @ExampleObject(value = PLAYBOOK_EXAMPLE))))
    PlaybookResponse get(@PathVariable UUID id) {
        return PlaybookResponse.of(require(id));
    }

    @PutMapping("/api/v1/playbooks")
    @Operation(summary = "Create or replace the playbook for a fault type (and code) in a scope: default, "
            + "one site (siteId) or one charger model (vendor + model); the most specific one applies",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = SAVE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The playbook as saved (new version)",
                    content = @Content(examples = @ExampleObject(value = PLAYBOOK_EXAMPLE))))
    PlaybookResponse save(@Valid @RequestBody SavePlaybookRequest request) {
        // A playbook's site is the caller's: another tenant's reads exactly like a missing one.
        if (request.siteId() != null && sites.find(new SiteId(request.siteId()))
                .filter(site -> site.tenant().equals(Callers.tenant())).isEmpty()) {
            throw ProblemException.invalid("siteId", "no such site");
        }
        return PlaybookResponse.of(save(new SavePlaybook(request.faultType(), request.faultCode(),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.vendor(), request.model(),
                request.enabled() == null || request.enabled(), steps(request.steps()))));
    }

    @PutMapping("/api/v1/playbooks/{id}")
    @Operation(summary = "Tune a playbook: enable or disable it, or replace its steps (new version)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = TUNE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The playbook as saved (new version)",
                    content = @Content(examples = @ExampleObject(value = PLAYBOOK_EXAMPLE))))
    PlaybookResponse tune(@PathVariable UUID id, @Valid @RequestBody TunePlaybookRequest request) {
        Playbook current = require(id);
        return PlaybookResponse.of(save(new SavePlaybook(current.faultType(), current.faultCode(), current.siteId(),
                current.vendor(), current.model(), request.enabled() == null ? current.enabled() : request.enabled(),
                request.steps() == null ? current.steps() : steps(request.steps()))));
    }

    @GetMapping("/api/v1/playbook-runs")
    @Operation(summary = "List playbook runs, newest first (without their steps)",
            responses = @ApiResponse(responseCode = "200", description = "A page of runs", content = @Content(
                    examples = @ExampleObject(value = RUNS_EXAMPLE))))
    Page<RunResponse> runs(
            @Parameter(description = "Only this charger (identity)") @RequestParam(required = false) @Size(min = 1, max = 48) String chargerId,
            @RequestParam(required = false) RunState state,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(runs.list(Callers.tenant(), chargerId == null ? null : new ChargerIdentity(chargerId), state, before, limit + 1),
                limit, r -> r.id().toString(), r -> RunResponse.of(r, false));
    }

    @GetMapping("/api/v1/playbook-runs/{id}")
    @Operation(summary = "One playbook run with its steps: what was sent, the charger's answer, the outcome",
            responses = @ApiResponse(responseCode = "200", description = "The run", content = @Content(
                    examples = @ExampleObject(value = RUN_EXAMPLE))))
    RunResponse run(@PathVariable UUID id) {
        return RunResponse.of(runs.find(id).orElseThrow(
                () -> new ProblemException(ProblemType.NOT_FOUND, "No playbook run " + id)), true);
    }

    private Playbook save(SavePlaybook command) {
        Actor caller = Callers.current();
        return playbooks.save(Callers.tenant(), command, caller.kind() + ":" + (caller.name() == null ? caller.id() : caller.name()));
    }

    private Playbook require(UUID id) {
        return playbooks.find(id).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No playbook " + id);
    }

    private static List<PlaybookStep> steps(List<StepDto> steps) {
        try {
            return steps.stream().map(s -> new PlaybookStep(s.step(), s.seconds())).toList();
        } catch (InvalidPlaybookException | NullPointerException e) {
            throw ProblemException.invalid("steps", e.getMessage());
        }
    }

    /** SavePlaybook's own checks (scope, CALL_HUMAN last) become 400 problems. */
    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidPlaybookException.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> invalid(InvalidPlaybookException e) {
        return org.springframework.http.ResponseEntity.badRequest()
                .body(ProblemType.VALIDATION_FAILED.toProblemDetail(e.getMessage()));
    }
}
