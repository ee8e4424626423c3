package io.busbar.api.driver;

import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.billing.Cdrs;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.drivers.AppStart;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.DriverSessions;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * The driver's sessions: start and stop from the app, history, one session live (also as a server-sent-events
 * stream) and the receipt. Only the driver's own sessions on the tenant's chargers; anything else is a 404.
 */
@RestController
@RequestMapping("/api/v1/driver/me/sessions")
@Tag(name = DriverApiTags.SESSIONS)
class DriverSessionController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DriverSessions sessions;
    private final LiveSessionView live;
    private final SessionStream stream;
    private final Cdrs cdrs;

    DriverSessionController(DriverSessions sessions, LiveSessionView live, SessionStream stream, Cdrs cdrs) {
        this.sessions = sessions;
        this.live = live;
        this.stream = stream;
        this.cdrs = cdrs;
    }

    @PostMapping
    @Operation(summary = "Start charging from the app (remote start with the driver's app token)",
            description = "Needs an `Idempotency-Key` header: a retry with the same key gets the first answer "
                    + "(`replayed: true`) and never starts twice. Accepted means the charger will start; the session "
                    + "appears in the history once the charger reports it.",
            parameters = @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    example = "3f1c8a52-6a0e-4a53-9d7e-2b1f0c9e7d44"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverSessionDtos.START_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The charger's answer (Accepted or Rejected)",
                            content = @Content(examples = @ExampleObject(value = DriverSessionDtos.START_RESULT_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "Charger offline, or the key was used for "
                            + "another start or is still in progress"),
                    @ApiResponse(responseCode = "404", description = "No such charger in this tenant")})
    ResponseEntity<DriverSessionDtos.StartResponse> start(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody DriverSessionDtos.StartRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "is required, so that a retried start never starts twice");
        }
        if (request.chargerId() == null || request.chargerId().isBlank()) {
            throw ProblemException.invalid("chargerId", "is required");
        }
        int evseId = request.evseId() == null ? 1 : request.evseId();
        AppStart start = sessions.start(CurrentDriver.get(), idempotencyKey, new ChargerIdentity(request.chargerId()), evseId);
        if (start.failure() != null) {
            ProblemType type = switch (start.failure()) {
                case OFFLINE -> ProblemType.CHARGER_OFFLINE;
                case TIMEOUT -> ProblemType.COMMAND_TIMEOUT;
                case CALL_ERROR -> ProblemType.COMMAND_FAILED;
                case NOT_SUPPORTED -> ProblemType.COMMAND_NOT_SUPPORTED;
            };
            throw new ProblemException(type, start.failureDetail());
        }
        return ResponseEntity.ok().header("Idempotent-Replayed", Boolean.toString(start.replayed()))
                .body(DriverSessionDtos.StartResponse.of(start));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop one of the driver's active sessions",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The charger's answer", content = @Content(
                            examples = @ExampleObject(value = DriverSessionDtos.STOP_RESULT_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The session has ended")})
    DriverSessionDtos.StopResponse stop(@PathVariable UUID id) {
        return new DriverSessionDtos.StopResponse(sessions.stop(CurrentDriver.get(), new SessionId(id)));
    }

    @GetMapping
    @Operation(summary = "The driver's sessions, newest first; pass `next` back as `before`",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = DriverSessionDtos.HISTORY_EXAMPLE))))
    Page<DriverSessionDtos.SessionSummary> history(@RequestParam(required = false) UUID before,
                                                   @RequestParam(defaultValue = "20") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        DriverPrincipal driver = CurrentDriver.get();
        SessionId cursor = before == null ? null : new SessionId(before);
        if (cursor != null && sessions.find(driver, cursor).isEmpty()) {
            throw ProblemException.invalid("before", "is not a cursor of this list");
        }
        DriverSessions.SessionHistory page = sessions.history(driver, cursor, limit);
        return new Page<>(page.sessions().stream().map(DriverSessionDtos.SessionSummary::of).toList(),
                page.next() == null ? null : page.next().toString());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One session live: energy, power, state of charge, cost so far (final once ended)",
            responses = @ApiResponse(responseCode = "200", description = "The session now", content = @Content(
                    examples = @ExampleObject(value = DriverSessionDtos.LIVE_EXAMPLE))))
    LiveSessionView.Live session(@PathVariable UUID id) {
        return live.of(owned(id));
    }

    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a session: server-sent `session` events (as GET /me/sessions/{id}) until it ends",
            responses = @ApiResponse(responseCode = "200", description = "An event now, one per meter reading, a last "
                    + "one when the session ends; then the stream closes", content = @Content(
                    mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    examples = @ExampleObject(value = DriverSessionDtos.STREAM_EXAMPLE))))
    SseEmitter follow(@PathVariable UUID id) {
        return stream.follow(owned(id));
    }

    @GetMapping("/{id}/receipt")
    @Operation(summary = "The receipt of an ended session: its CDR's lines, VAT per rate and totals",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The receipt", content = @Content(
                            examples = @ExampleObject(value = DriverSessionDtos.RECEIPT_EXAMPLE))),
                    @ApiResponse(responseCode = "404", description = "No such session, or no receipt yet (active)")})
    DriverSessionDtos.Receipt receipt(@PathVariable UUID id) {
        Session session = owned(id);
        return cdrs.forSession(session.id()).map(DriverSessionDtos.Receipt::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No receipt yet for session " + id + ": it is issued when the session ends"));
    }

    private Session owned(UUID id) {
        return sessions.find(CurrentDriver.get(), new SessionId(id))
                .orElseThrow(() -> new SessionNotFoundException(id.toString()));
    }
}
