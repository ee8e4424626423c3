package io.busbar.api.reservations;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.reservations.Reservation;
import io.busbar.reservations.ReservationId;
import io.busbar.reservations.ReservationNotFoundException;
import io.busbar.reservations.ReservationRefusedException;
import io.busbar.reservations.ReservationStateException;
import io.busbar.reservations.ReservationStatus;
import io.busbar.reservations.Reservations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reservations: made with ReserveNow, cancelled with CancelReservation. A reservation the charger refuses is still
 * stored (REJECTED) and reported as a 409 problem carrying the charger's status and the reservation id.
 */
@RestController
@Tag(name = ReservationController.TAG, description = "Reserve EVSEs for a driver's token (ReserveNow / CancelReservation)")
class ReservationController {
    static final String TAG = "Reservations";
    private final Reservations reservations;
    private final Clock clock;

    ReservationController(Reservations reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    @PostMapping("/api/v1/chargers/{identity}/reservations")
    @Operation(summary = "Reserve an EVSE (or any EVSE of the charger) for a token: sends ReserveNow",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ReservationDtos.CREATE_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "The charger accepted the reservation",
                            content = @Content(examples = @ExampleObject(value = ReservationDtos.RESERVATION_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The charger answered Occupied, Faulted, "
                            + "Unavailable or Rejected (`chargerStatus`; stored as REJECTED, `reservationId`), "
                            + "or it is offline")})
    ResponseEntity<ReservationDtos.ReservationResponse> create(
            @PathVariable String identity, @Valid @RequestBody ReservationDtos.CreateReservationRequest request,
            UriComponentsBuilder uri) {
        Instant expiresAt = expiry(request);
        Reservation reservation = reservations.reserve(Callers.current(), new ChargerIdentity(identity),
                request.evseId(), new IdToken(request.idToken(), request.idTokenType()), request.groupIdToken(),
                expiresAt);
        return ResponseEntity.created(uri.path("/api/v1/reservations/{id}").build(reservation.id().value()))
                .body(ReservationDtos.ReservationResponse.of(reservation));
    }

    @GetMapping("/api/v1/reservations")
    @Operation(summary = "List reservations, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of reservations", content = @Content(
                    examples = @ExampleObject(value = ReservationDtos.LIST_EXAMPLE))))
    Page<ReservationDtos.ReservationResponse> list(
            @Parameter(description = "Only this charger (identity)") @RequestParam(required = false) @Size(min = 1, max = 48) String charger,
            @RequestParam(required = false) ReservationStatus status,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) @Min(1) Integer before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(reservations.list(Callers.tenant(), charger == null ? null : new ChargerIdentity(charger), status,
                        before == null ? null : new ReservationId(before), limit + 1), limit,
                r -> r.id().toString(), ReservationDtos.ReservationResponse::of);
    }

    @GetMapping("/api/v1/reservations/{id}")
    @Operation(summary = "One reservation",
            responses = @ApiResponse(responseCode = "200", description = "The reservation", content = @Content(
                    examples = @ExampleObject(value = ReservationDtos.RESERVATION_EXAMPLE))))
    ReservationDtos.ReservationResponse get(@PathVariable @Min(1) int id) {
        return ReservationDtos.ReservationResponse.of(reservations.find(new ReservationId(id))
                .orElseThrow(() -> notFound(id)));
    }

    @DeleteMapping("/api/v1/reservations/{id}")
    @Operation(summary = "Cancel an active reservation: sends CancelReservation",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Cancelled", content = @Content(
                            examples = @ExampleObject(value = ReservationDtos.RESERVATION_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The reservation already ended, the charger "
                            + "answered Rejected (it does not hold it), or it is offline")})
    ReservationDtos.ReservationResponse cancel(@PathVariable @Min(1) int id) {
        try {
            return ReservationDtos.ReservationResponse.of(reservations.cancel(Callers.current(), new ReservationId(id)));
        } catch (ReservationNotFoundException e) {
            throw notFound(id);
        }
    }

    /** The charger's refusal with what an integrator needs to react: its status, the stored reservation, the command. */
    @ExceptionHandler(ReservationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReservationRefusedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.CONFLICT.toProblemDetail(e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("reservationId", e.reservation().id().value());
        problem.setProperty("reservationStatus", e.reservation().status().name());
        problem.setProperty("command", e.command());
        problem.setProperty("chargerStatus", e.answer().status());
        if (e.answer().reasonCode() != null) {
            problem.setProperty("reasonCode", e.answer().reasonCode());
        }
        problem.setProperty("commandId", e.commandId().value());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ReservationStateException.class)
    ResponseEntity<ProblemDetail> wrongState(ReservationStateException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.CONFLICT.toProblemDetail(e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("reservationStatus", e.reservation().status().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private Instant expiry(ReservationDtos.CreateReservationRequest request) {
        if ((request.expiresAt() == null) == (request.minutes() == null)) {
            throw ProblemException.invalid("expiresAt", "give either expiresAt or minutes");
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        return request.expiresAt() != null ? request.expiresAt() : now.plus(Duration.ofMinutes(request.minutes()));
    }

    static ProblemException notFound(int id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No reservation " + id);
    }
}
