package io.busbar.api.sessions;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = ApiTags.SESSIONS)
class SessionController {
    private final SessionQueries sessions;

    SessionController(SessionQueries sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    @Operation(summary = "List sessions, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of sessions", content = @Content(
                    examples = @ExampleObject(value = SessionDtos.LIST_EXAMPLE))))
    Page<SessionDtos.SessionResponse> list(
            @Parameter(description = "Only this charger (identity)") @RequestParam(required = false) @Size(min = 1, max = 48) String chargerId,
            @Parameter(description = "Only sessions of this token value") @RequestParam(required = false) @Size(min = 1, max = 255) String idToken,
            @RequestParam(required = false) SessionState state,
            @Parameter(description = "Started at or after this instant") @RequestParam(required = false) Instant from,
            @Parameter(description = "Started before this instant") @RequestParam(required = false) Instant to,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after 'to'");
        }
        var filter = new SessionQueries.SessionFilter(Callers.tenant(), chargerId == null ? null : charger(chargerId),
                idToken, state, from, to);
        return Page.of(sessions.list(filter, before == null ? null : new SessionId(before), limit + 1), limit,
                session -> session.id().toString(), SessionDtos.SessionResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A session with its energy, meter start/stop, state, times, stop reason and SoC",
            responses = @ApiResponse(responseCode = "200", description = "The session", content = @Content(
                    examples = @ExampleObject(value = SessionDtos.SESSION_EXAMPLE))))
    SessionDtos.SessionResponse get(@PathVariable UUID id) {
        return SessionDtos.SessionResponse.of(existing(id));
    }

    @GetMapping("/{id}/meter-values")
    @Operation(summary = "The session's meter readings in time order",
            responses = @ApiResponse(responseCode = "200", description = "The time series", content = @Content(
                    examples = @ExampleObject(value = SessionDtos.READINGS_EXAMPLE))))
    Page<SessionDtos.MeterReadingResponse> meterValues(
            @PathVariable UUID id,
            @Parameter(description = "Only this measurand, e.g. Energy.Active.Import.Register or SoC")
            @RequestParam(required = false) @Size(min = 1, max = 50) String measurand) {
        Session session = existing(id);
        return Page.all(sessions.readings(session.id(), measurand).stream()
                .map(SessionDtos.MeterReadingResponse::of).toList());
    }

    private static ChargerIdentity charger(String identity) {
        return RequestValues.charger(identity, "chargerId");
    }

    private Session existing(UUID id) {
        return sessions.find(new SessionId(id)).orElseThrow(() -> new SessionNotFoundException(id.toString()));
    }
}
