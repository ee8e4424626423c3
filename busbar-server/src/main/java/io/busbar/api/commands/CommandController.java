package io.busbar.api.commands;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Audited;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ClearCache;
import io.busbar.commands.CommandId;
import io.busbar.commands.CommandLog;
import io.busbar.commands.CommandTypes;
import io.busbar.commands.OperatorCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Remote commands: the generic endpoint (any command type by name), the audit log, and commands without a feature
 * of their own. Every command is sent to the charger, waits for its answer and returns it; an offline charger is a
 * 409, no answer in time a 504, a CALLERROR a 502, an operation the charger's version lacks a 422.
 */
@RestController
@Tag(name = ApiTags.COMMANDS)
class CommandController {
    private final OperatorCommands commands;
    private final CommandLog log;
    private final CommandTypes types;
    private final ChargerRegistry chargers;

    CommandController(OperatorCommands commands, CommandLog log, CommandTypes types, ChargerRegistry chargers) {
        this.commands = commands;
        this.log = log;
        this.types = types;
        this.chargers = chargers;
    }

    @PostMapping("/api/v1/chargers/{identity}/commands")
    @Operation(summary = "Send any command by name (see GET /api/v1/command-types) and return the charger's answer",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = CommandDtos.GENERIC_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The charger's answer", content = @Content(
                    examples = @ExampleObject(value = CommandDtos.RESULT_EXAMPLE))))
    CommandDtos.CommandResponse send(@PathVariable String identity,
                                     @Valid @RequestBody CommandDtos.GenericCommandRequest request) {
        return execute(identity, types.decode(request.command(), request.arguments()));
    }

    @PostMapping("/api/v1/chargers/{identity}/commands/clear-cache")
    @Operation(summary = "Clear the charger's authorization cache (1.6 ClearCache, 2.0.1 C11)",
            responses = @ApiResponse(responseCode = "200", description = "The charger's answer", content = @Content(
                    examples = @ExampleObject(value = CommandDtos.RESULT_EXAMPLE))))
    CommandDtos.CommandResponse clearCache(@PathVariable String identity) {
        return execute(identity, new ClearCache());
    }

    @GetMapping("/api/v1/chargers/{identity}/commands")
    @Operation(summary = "The audit log of commands sent to a charger, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of commands", content = @Content(
                    examples = @ExampleObject(value = CommandDtos.LOG_EXAMPLE))))
    Page<CommandDtos.CommandLogEntry> history(
            @PathVariable String identity,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = existing(identity);
        return Page.of(log.forCharger(charger, before == null ? null : new CommandId(before), limit + 1), limit,
                r -> r.id().toString(), CommandDtos.CommandLogEntry::of);
    }

    @GetMapping("/api/v1/commands/{id}")
    @Operation(summary = "One audited command",
            responses = @ApiResponse(responseCode = "200", description = "The command", content = @Content(
                    examples = @ExampleObject(value = CommandDtos.LOG_ENTRY_EXAMPLE))))
    CommandDtos.CommandLogEntry get(@PathVariable UUID id) {
        return log.find(new CommandId(id)).map(CommandDtos.CommandLogEntry::of)
                .orElseThrow(() -> new ProblemException(ProblemType.COMMAND_NOT_FOUND, "No command " + id));
    }

    @GetMapping("/api/v1/command-types")
    @Operation(summary = "Every command type the generic endpoint accepts",
            responses = @ApiResponse(responseCode = "200", description = "The command types", content = @Content(
                    examples = @ExampleObject(value = CommandDtos.TYPES_EXAMPLE))))
    Page<CommandDtos.CommandTypeResponse> commandTypes() {
        List<CommandDtos.CommandTypeResponse> all = types.names().stream()
                .map(name -> types.find(name).orElseThrow())
                .map(t -> new CommandDtos.CommandTypeResponse(t.name(), t.description())).toList();
        return Page.all(all);
    }

    private CommandDtos.CommandResponse execute(String identity, ChargerCommand<?> command) {
        Audited<?> audited = commands.execute(Callers.current(), new ChargerIdentity(identity), command);
        return CommandDtos.CommandResponse.of(command.name(), audited);
    }

    private ChargerIdentity existing(String identity) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        chargers.require(charger);
        return charger;
    }
}
