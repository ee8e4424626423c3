package io.busbar.api.maintenance;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.maintenance.OpenTicket;
import io.busbar.maintenance.Ticket;
import io.busbar.maintenance.TicketId;
import io.busbar.maintenance.TicketNotFoundException;
import io.busbar.maintenance.TicketOrigin;
import io.busbar.maintenance.TicketPriority;
import io.busbar.maintenance.TicketState;
import io.busbar.maintenance.TicketTransitionException;
import io.busbar.maintenance.Tickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

/** Maintenance tickets: opened by playbooks, predictions or operators; assigned, worked on, resolved, closed. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = TicketDtos.TAG)
class TicketController {
    private final Tickets tickets;
    private final ChargerRegistry chargers;

    TicketController(Tickets tickets, ChargerRegistry chargers) {
        this.tickets = tickets;
        this.chargers = chargers;
    }

    @PostMapping
    @Operation(summary = "Open a ticket",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = TicketDtos.OPEN_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "The ticket",
                    content = @Content(examples = @ExampleObject(value = TicketDtos.TICKET_EXAMPLE))))
    ResponseEntity<TicketDtos.TicketResponse> open(@Valid @RequestBody TicketDtos.OpenTicketRequest request) {
        ChargerIdentity charger = RequestValues.charger(request.charger(), "charger");
        // Another tenant's charger reads exactly like a missing one. The faultId is kept as the caller's opaque
        // reference (an unknown fault is accepted), so it confirms nothing and is not checked.
        if (chargers.tenantOf(charger).filter(Callers.tenant()::equals).isEmpty()) {
            throw new ChargerNotFoundException(charger);
        }
        Ticket ticket = translated(() -> tickets.open(new OpenTicket(charger, request.evseId(), request.title(),
                request.description(), request.priority() == null ? TicketPriority.NORMAL : request.priority(),
                request.faultId() == null ? TicketOrigin.OPERATOR : TicketOrigin.FAULT,
                request.faultId() == null ? null : request.faultId().toString(), request.assignee(),
                Callers.current().name())));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
                .body(TicketDtos.TicketResponse.of(ticket));
    }

    @GetMapping
    @Operation(summary = "List tickets, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of tickets",
                    content = @Content(examples = @ExampleObject(value = TicketDtos.LIST_EXAMPLE))))
    Page<TicketDtos.TicketResponse> list(
            @RequestParam(required = false) TicketState state,
            @RequestParam(required = false) String chargerId,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = RequestValues.charger(chargerId, "chargerId");
        return Page.of(tickets.list(Callers.tenant(), state, charger, after == null ? null : new TicketId(after), limit + 1), limit,
                t -> t.id().toString(), TicketDtos.TicketResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A ticket",
            responses = @ApiResponse(responseCode = "200", description = "The ticket",
                    content = @Content(examples = @ExampleObject(value = TicketDtos.TICKET_EXAMPLE))))
    TicketDtos.TicketResponse get(@PathVariable UUID id) {
        return TicketDtos.TicketResponse.of(tickets.find(new TicketId(id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No ticket " + id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Assign, change the state of, or comment on a ticket (each is a line in its history)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = TicketDtos.UPDATE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The ticket",
                    content = @Content(examples = @ExampleObject(value = TicketDtos.TICKET_EXAMPLE))))
    TicketDtos.TicketResponse update(@PathVariable UUID id, @Valid @RequestBody TicketDtos.UpdateTicketRequest request) {
        TicketId ticket = new TicketId(id);
        String actor = Callers.current().name();
        if (request.assignee() == null && request.state() == null && request.comment() == null) {
            throw ProblemException.invalid("body", "give an assignee, a state or a comment");
        }
        // One request = several history lines, each in its own transaction: a refused state change leaves the
        // assignment made before it (the answer says why it stopped).
        Ticket result = translated(() -> tickets.find(ticket).orElseThrow(() -> new TicketNotFoundException(ticket)));
        if (request.assignee() != null) {
            result = translated(() -> tickets.assign(ticket, request.assignee(), actor));
        }
        if (request.state() != null) {
            result = translated(() -> tickets.transition(ticket, request.state(), actor, request.comment()));
        } else if (request.comment() != null && !request.comment().isBlank()) {
            result = translated(() -> tickets.comment(ticket, request.comment(), actor));
        }
        return TicketDtos.TicketResponse.of(result);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The ticket's history, oldest first: who did what, when",
            responses = @ApiResponse(responseCode = "200", description = "The history",
                    content = @Content(examples = @ExampleObject(value = TicketDtos.HISTORY_EXAMPLE))))
    Page<TicketDtos.HistoryResponse> history(@PathVariable UUID id) {
        return Page.all(translated(() -> tickets.history(new TicketId(id))).stream()
                .map(TicketDtos.HistoryResponse::of).toList());
    }

    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (TicketNotFoundException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, e.getMessage());
        } catch (TicketTransitionException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        }
    }
}
