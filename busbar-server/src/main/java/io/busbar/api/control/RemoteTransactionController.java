package io.busbar.api.control;

import io.busbar.api.commands.CommandDtos;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Audited;
import io.busbar.commands.RemoteStart;
import io.busbar.commands.RemoteStartResult;
import io.busbar.commands.RemoteStop;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Starting and stopping transactions remotely. An Accepted answer means the charger will try: the session shows
 * up (or ends) in /api/v1/sessions once the charger reports the transaction.
 */
@RestController
@Tag(name = ApiTags.COMMANDS)
class RemoteTransactionController {
    private final CommandSender sender;
    private final SessionQueries sessions;

    RemoteTransactionController(CommandSender sender, SessionQueries sessions) {
        this.sender = sender;
        this.sessions = sessions;
    }

    @PostMapping("/api/v1/chargers/{identity}/commands/remote-start")
    @Operation(summary = "Start a transaction for a token (1.6 RemoteStartTransaction, 2.0.1 F01/F02)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.REMOTE_START_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200",
                    description = "Accepted or Rejected, with the remoteStartId sent (2.0.1 reports it in the "
                            + "transaction) and the transactionId when the charger gave one",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.REMOTE_START_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse remoteStart(@PathVariable String identity,
                                            @Valid @RequestBody ControlDtos.RemoteStartRequest request) {
        RemoteStart command = new RemoteStart(request.idToken(), request.idTokenType(), request.evseId(),
                request.remoteStartId());
        Audited<RemoteStartResult> audited = sender.execute(new ChargerIdentity(identity), command);
        RemoteStartResult result = audited.result();
        return CommandSender.withResult(command.name(), audited, new ControlDtos.RemoteStartResult(result.status(),
                result.transactionId(), command.remoteStartId(), result.reasonCode(), result.additionalInfo()));
    }

    @PostMapping("/api/v1/chargers/{identity}/commands/remote-stop")
    @Operation(summary = "Stop a transaction by the charger's transaction id (1.6 RemoteStopTransaction, 2.0.1 F03)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.REMOTE_STOP_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Accepted or Rejected",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.REMOTE_STOP_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse remoteStop(@PathVariable String identity,
                                           @Valid @RequestBody ControlDtos.RemoteStopRequest request) {
        return sender.send(identity, new RemoteStop(request.transactionId()));
    }

    @PostMapping("/api/v1/sessions/{id}/stop")
    @Operation(summary = "Ask the charger to stop an active session (remote stop by session id)",
            responses = @ApiResponse(responseCode = "200",
                    description = "Accepted or Rejected; a session that already ended is a 409",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.REMOTE_STOP_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse stopSession(@PathVariable UUID id) {
        Session session = sessions.find(new SessionId(id))
                .orElseThrow(() -> new SessionNotFoundException(id.toString()));
        if (session.state() == SessionState.ENDED) {
            throw new ProblemException(ProblemType.CONFLICT, "Session " + id + " ended at " + session.endedAt());
        }
        // ADR 0004: a 1.6 charger knows the transaction by Busbar's number, a 2.0.1 one by its own id.
        String transactionId = session.chargerTransactionId() != null ? session.chargerTransactionId()
                : Long.toString(session.transactionNumber());
        return sender.send(session.charger().value(), new RemoteStop(transactionId));
    }
}
