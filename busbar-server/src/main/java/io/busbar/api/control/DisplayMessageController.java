package io.busbar.api.control;

import io.busbar.api.commands.CommandDtos;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Audited;
import io.busbar.commands.ClearDisplayMessage;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.DisplayMessages;
import io.busbar.commands.GetDisplayMessages;
import io.busbar.commands.SetDisplayMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Display messages (OCPP 2.0.1 O01-O06; a 1.6 charger answers 422). Setting and clearing go to the charger; the
 * list is what the charger last reported after {@code get-display-messages}.
 */
@RestController
@RequestMapping("/api/v1/chargers/{identity}/commands")
@Tag(name = ApiTags.COMMANDS)
class DisplayMessageController {
    private static final String UNKNOWN = "Unknown";
    private final CommandSender sender;
    private final DisplayMessages displayMessages;
    private final ChargerRegistry chargers;

    DisplayMessageController(CommandSender sender, DisplayMessages displayMessages, ChargerRegistry chargers) {
        this.sender = sender;
        this.displayMessages = displayMessages;
        this.chargers = chargers;
    }

    @PostMapping("/display-messages")
    @Operation(summary = "Show a message on the charger's display (2.0.1 SetDisplayMessage, O01/O02)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.SET_DISPLAY_MESSAGE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Accepted, Rejected, NotSupportedMessageFormat, "
                    + "NotSupportedPriority, NotSupportedState or UnknownTransaction",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.STATUS_EXAMPLE))))
    CommandDtos.CommandResponse set(@PathVariable String identity,
                                    @Valid @RequestBody ControlDtos.SetDisplayMessageRequest request) {
        return sender.send(identity, new SetDisplayMessage(request.id(), request.priority(), request.state(),
                request.content(), request.language(), request.format(), request.startDateTime(),
                request.endDateTime(), request.transactionId(), request.evseId()));
    }

    @PostMapping("/get-display-messages")
    @Operation(summary = "Ask the charger to report its display messages (2.0.1 GetDisplayMessages, O04)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.GET_DISPLAY_MESSAGES_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200",
                    description = "Accepted (the report follows; read it with GET display-messages) or Unknown",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.GET_DISPLAY_MESSAGES_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse requestReport(@PathVariable String identity,
                                              @Valid @RequestBody(required = false) ControlDtos.GetDisplayMessagesRequest request) {
        ControlDtos.GetDisplayMessagesRequest body = request == null
                ? new ControlDtos.GetDisplayMessagesRequest(null, null, null) : request;
        ChargerIdentity charger = new ChargerIdentity(identity);
        GetDisplayMessages command = new GetDisplayMessages(body.ids(), body.priority(), body.state(), null);
        Audited<CommandStatus> audited = sender.execute(charger, command);
        CommandStatus result = audited.result();
        if (UNKNOWN.equals(result.status()) && command.ids() == null && command.priority() == null
                && command.state() == null) {
            // O04: Unknown to an unfiltered request means the charger has no messages at all.
            displayMessages.forgetAll(charger);
        }
        return CommandSender.withResult(command.name(), audited, new ControlDtos.DisplayMessagesRequested(
                result.status(), command.requestId(), result.reasonCode(), result.additionalInfo()));
    }

    @GetMapping("/display-messages")
    @Operation(summary = "The display messages the charger last reported (nothing is sent to the charger)",
            responses = @ApiResponse(responseCode = "200", description = "The last report, by message id",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.DISPLAY_MESSAGES_EXAMPLE))))
    Page<ControlDtos.DisplayMessageResponse> reported(@PathVariable String identity) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        chargers.require(charger);
        return Page.all(displayMessages.reported(charger).stream()
                .map(ControlDtos.DisplayMessageResponse::of).toList());
    }

    @DeleteMapping("/display-messages/{id}")
    @Operation(summary = "Remove a display message from the charger (2.0.1 ClearDisplayMessage, O05)",
            responses = @ApiResponse(responseCode = "200", description = "Accepted or Unknown",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.CLEAR_DISPLAY_MESSAGE_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse clear(@PathVariable String identity, @PathVariable int id) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        ClearDisplayMessage command = new ClearDisplayMessage(id);
        Audited<CommandStatus> audited = sender.execute(charger, command);
        if (audited.result().accepted() || UNKNOWN.equals(audited.result().status())) {
            // Either way the charger no longer has it.
            displayMessages.forget(charger, id);
        }
        return CommandDtos.CommandResponse.of(command.name(), audited);
    }
}
