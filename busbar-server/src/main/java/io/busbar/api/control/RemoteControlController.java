package io.busbar.api.control;

import io.busbar.api.commands.CommandDtos;
import io.busbar.api.openapi.ApiTags;
import io.busbar.commands.ChangeAvailability;
import io.busbar.commands.DataTransfer;
import io.busbar.commands.GetCompositeSchedule;
import io.busbar.commands.Reset;
import io.busbar.commands.ResetKind;
import io.busbar.commands.TriggerMessage;
import io.busbar.commands.UnlockConnector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everyday remote control of one charger. Each call is sent to the charger, waits for its answer and returns it
 * (the charger's status literal in {@code status}); offline is a 409, no answer in time a 504, a CALLERROR a 502,
 * an operation the charger's version lacks a 422, a value its version cannot express a 400.
 */
@RestController
@RequestMapping("/api/v1/chargers/{identity}/commands")
@Tag(name = ApiTags.COMMANDS)
class RemoteControlController {
    private final CommandSender sender;

    RemoteControlController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/reset")
    @Operation(summary = "Restart the charger, or one EVSE (2.0.1) (1.6 Reset, 2.0.1 B11/B12)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.RESET_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Accepted, Rejected or Scheduled",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.STATUS_EXAMPLE))))
    CommandDtos.CommandResponse reset(@PathVariable String identity,
                                      @Valid @RequestBody(required = false) ControlDtos.ResetRequest request) {
        ControlDtos.ResetRequest body = request == null ? new ControlDtos.ResetRequest(null, null) : request;
        return sender.send(identity, new Reset(ResetKind.parse(body.kind()), body.evseId()));
    }

    @PostMapping("/unlock-connector")
    @Operation(summary = "Release a connector's cable lock (1.6 UnlockConnector, 2.0.1 F05)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.UNLOCK_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200",
                    description = "Unlocked, UnlockFailed, NotSupported (1.6), OngoingAuthorizedTransaction or "
                            + "UnknownConnector (2.0.1)",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.UNLOCK_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse unlock(@PathVariable String identity,
                                       @Valid @RequestBody ControlDtos.UnlockRequest request) {
        return sender.send(identity, new UnlockConnector(request.evseId(),
                request.connectorId() == null ? 1 : request.connectorId()));
    }

    @PostMapping("/change-availability")
    @Operation(summary = "Make the charger, an EVSE or a connector (in)operative (1.6 ChangeAvailability, 2.0.1 G03/G04)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.AVAILABILITY_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200",
                    description = "Accepted, Rejected or Scheduled (after the running transaction)",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.AVAILABILITY_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse changeAvailability(@PathVariable String identity,
                                                   @Valid @RequestBody ControlDtos.AvailabilityRequest request) {
        return sender.send(identity, new ChangeAvailability(request.evseId(), request.connectorId(),
                request.operative()));
    }

    @PostMapping("/trigger-message")
    @Operation(summary = "Ask the charger to send a message now (1.6 TriggerMessage, 2.0.1 F06)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.TRIGGER_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Accepted, Rejected or NotImplemented",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.TRIGGER_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse triggerMessage(@PathVariable String identity,
                                               @Valid @RequestBody ControlDtos.TriggerRequest request) {
        return sender.send(identity, new TriggerMessage(request.message(), request.evseId(), request.connectorId()));
    }

    @PostMapping("/data-transfer")
    @Operation(summary = "Send vendor-specific data to the charger (1.6 DataTransfer, 2.0.1 P02)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.DATA_TRANSFER_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200",
                    description = "Accepted, Rejected, UnknownMessageId or UnknownVendorId, with the charger's data",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.DATA_TRANSFER_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse dataTransfer(@PathVariable String identity,
                                             @Valid @RequestBody ControlDtos.DataTransferRequest request) {
        return sender.send(identity, new DataTransfer(request.vendorId(), request.messageId(), request.data()));
    }

    @PostMapping("/composite-schedule")
    @Operation(summary = "Read the limits the charger will apply to an EVSE (1.6 GetCompositeSchedule, 2.0.1 K08)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ControlDtos.COMPOSITE_SCHEDULE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Accepted with the schedule, or Rejected",
                    content = @Content(examples = @ExampleObject(value = ControlDtos.COMPOSITE_SCHEDULE_RESULT_EXAMPLE))))
    CommandDtos.CommandResponse compositeSchedule(@PathVariable String identity,
                                                  @Valid @RequestBody ControlDtos.CompositeScheduleRequest request) {
        return sender.send(identity, new GetCompositeSchedule(request.evseId(), request.durationSeconds(),
                request.chargingRateUnit()));
    }
}
