package io.busbar.api.bulk;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkItemOutcome;
import io.busbar.bulk.BulkJob;
import io.busbar.bulk.BulkJobConflictException;
import io.busbar.bulk.BulkJobId;
import io.busbar.bulk.BulkJobNotFoundException;
import io.busbar.bulk.BulkJobRequest;
import io.busbar.bulk.BulkJobs;
import io.busbar.bulk.BulkTarget;
import io.busbar.bulk.InvalidBulkJobException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.SiteId;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Bulk jobs: one command or template check across many chargers. Starting a job answers 202 at once with the
 * job; poll {@code GET /api/v1/bulk-jobs/{id}} for progress and page through its items for per-charger results.
 */
@RestController
@RequestMapping("/api/v1/bulk-jobs")
@Tag(name = ApiTags.BULK_JOBS)
class BulkJobController {
    private final BulkJobs jobs;

    BulkJobController(BulkJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @Operation(summary = "Start a bulk job: a command (any command type) or a template check across the chargers "
            + "the target selects",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.START_EXAMPLE))),
            responses = @ApiResponse(responseCode = "202", description = "Started; the job with its progress",
                    content = @Content(examples = @ExampleObject(value = BulkJobDtos.JOB_EXAMPLE))))
    ResponseEntity<BulkJobDtos.BulkJobResponse> start(@Valid @RequestBody BulkJobDtos.StartBulkJobRequest request) {
        BulkJobRequest command = new BulkJobRequest(target(request.target()), action(request.action()),
                request.concurrency(),
                request.timeoutPerChargerSeconds() == null ? null : Duration.ofSeconds(request.timeoutPerChargerSeconds()));
        BulkJob job = translated(() -> jobs.start(Callers.tenant(), Callers.current(), command));
        return ResponseEntity.accepted().location(URI.create("/api/v1/bulk-jobs/" + job.id()))
                .body(BulkJobDtos.BulkJobResponse.of(job));
    }

    @GetMapping
    @Operation(summary = "List bulk jobs, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of jobs", content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.LIST_EXAMPLE))))
    Page<BulkJobDtos.BulkJobResponse> list(
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(jobs.list(Callers.tenant(), after == null ? null : new BulkJobId(after), limit + 1), limit,
                job -> job.id().toString(), BulkJobDtos.BulkJobResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A bulk job with its progress (items per state, failures per reason)",
            responses = @ApiResponse(responseCode = "200", description = "The job", content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.JOB_EXAMPLE))))
    BulkJobDtos.BulkJobResponse get(@PathVariable UUID id) {
        return BulkJobDtos.BulkJobResponse.of(jobs.find(new BulkJobId(id)).orElseThrow(() -> notFound(id)));
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "The job's per-charger results, ordered by charger identity",
            responses = @ApiResponse(responseCode = "200", description = "A page of items", content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.ITEMS_EXAMPLE))))
    Page<BulkJobDtos.ItemResponse> items(
            @PathVariable UUID id,
            @Parameter(description = "Only items with this outcome: a state (PENDING, RUNNING, SUCCEEDED, REJECTED, "
                    + "FAILED, CANCELLED) or a failure reason (OFFLINE, TIMEOUT, CALL_ERROR, NOT_SUPPORTED, INVALID, ERROR)")
            @RequestParam(required = false) BulkItemOutcome outcome,
            @Parameter(description = "The `next` cursor of the previous page")
            @RequestParam(required = false) @Size(min = 1, max = 48) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity cursor = after == null ? null
                : parsed("after", List.of(after), ChargerIdentity::new).iterator().next();
        return Page.of(translated(() -> jobs.items(new BulkJobId(id), outcome, cursor, limit + 1)), limit,
                item -> item.charger().value(), BulkJobDtos.ItemResponse::of);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run the failed (or the chosen) items again; the job is RUNNING again if any was re-queued",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.RETRY_EXAMPLE))),
            responses = @ApiResponse(responseCode = "202", description = "The job", content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.JOB_EXAMPLE))))
    ResponseEntity<BulkJobDtos.BulkJobResponse> retry(@PathVariable UUID id,
                                                      @Valid @RequestBody(required = false) BulkJobDtos.RetryRequest request) {
        Set<BulkItemOutcome> outcomes = request == null || request.outcomes() == null || request.outcomes().isEmpty()
                ? Set.of() : EnumSet.copyOf(request.outcomes());
        BulkJob job = translated(() -> jobs.retry(new BulkJobId(id), outcomes));
        return ResponseEntity.accepted().body(BulkJobDtos.BulkJobResponse.of(job));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a RUNNING job: chargers not yet started are CANCELLED; running ones finish",
            responses = @ApiResponse(responseCode = "200", description = "The job", content = @Content(
                    examples = @ExampleObject(value = BulkJobDtos.JOB_EXAMPLE))))
    BulkJobDtos.BulkJobResponse cancel(@PathVariable UUID id) {
        return BulkJobDtos.BulkJobResponse.of(translated(() -> jobs.cancel(new BulkJobId(id))));
    }

    private static BulkTarget target(BulkJobDtos.TargetRequest target) {
        return new BulkTarget(
                target.sites() == null ? null : target.sites().stream().map(SiteId::new).collect(Collectors.toSet()),
                target.vendor(), target.model(),
                target.firmwareVersions() == null ? null : Set.copyOf(target.firmwareVersions()),
                parsed("target.tags", target.tags(), ChargerTag::new),
                parsed("target.identities", target.identities(), ChargerIdentity::new));
    }

    private static BulkAction action(BulkJobDtos.ActionRequest action) {
        BulkJobDtos.ActionKind kind = action.kind() == null ? BulkJobDtos.ActionKind.COMMAND : action.kind();
        return switch (kind) {
            case COMMAND -> {
                if (action.command() == null) {
                    throw ProblemException.invalid("action.command", "is required for a COMMAND");
                }
                yield new BulkAction.RunCommand(action.command(), action.arguments());
            }
            case TEMPLATE_CHECK -> new BulkAction.CheckTemplate(Boolean.TRUE.equals(action.correct()));
        };
    }

    private static <T> Set<T> parsed(String field, List<String> values, Function<String, T> parse) {
        if (values == null) {
            return null;
        }
        try {
            return values.stream().map(parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(field, e.getMessage() == null ? "contains an empty value" : e.getMessage());
        }
    }

    /** The bulk module's exceptions as problems of this API. */
    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (BulkJobNotFoundException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, e.getMessage());
        } catch (BulkJobConflictException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        } catch (InvalidBulkJobException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No bulk job " + id);
    }
}
