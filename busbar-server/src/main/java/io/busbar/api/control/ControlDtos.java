package io.busbar.api.control;

import io.busbar.authorization.IdTokenType;
import io.busbar.commands.DisplayMessages;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request bodies (and the few own answer shapes) of the remote-control endpoints, with their examples. */
final class ControlDtos {
    static final String STATUS_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "Reset", "status": "Accepted",
             "result": {"status": "Accepted"}, "answer": {"status": "Accepted"}}""";
    static final String RESET_EXAMPLE = """
            {"kind": "HARD"}""";
    static final String UNLOCK_EXAMPLE = """
            {"evseId": 1, "connectorId": 1}""";
    static final String UNLOCK_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "UnlockConnector", "status": "Unlocked",
             "result": {"status": "Unlocked"}, "answer": {"status": "Unlocked"}}""";
    static final String AVAILABILITY_EXAMPLE = """
            {"evseId": 2, "operative": false}""";
    static final String AVAILABILITY_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "ChangeAvailability",
             "status": "Scheduled", "result": {"status": "Scheduled"}, "answer": {"status": "Scheduled"}}""";
    static final String TRIGGER_EXAMPLE = """
            {"message": "StatusNotification", "evseId": 1}""";
    static final String TRIGGER_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "TriggerMessage", "status": "Accepted",
             "result": {"status": "Accepted"}, "answer": {"status": "Accepted"}}""";
    static final String DATA_TRANSFER_EXAMPLE = """
            {"vendorId": "com.example.charger", "messageId": "SetLedColour", "data": {"colour": "green"}}""";
    static final String DATA_TRANSFER_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "DataTransfer", "status": "Accepted",
             "result": {"status": "Accepted", "data": "{\\"colour\\":\\"green\\"}"},
             "answer": {"status": "Accepted", "data": "{\\"colour\\":\\"green\\"}"}}""";
    static final String REMOTE_START_EXAMPLE = """
            {"idToken": "04A2B3C4D5E6F7", "idTokenType": "ISO14443", "evseId": 1}""";
    static final String REMOTE_START_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "RemoteStart", "status": "Accepted",
             "result": {"status": "Accepted", "remoteStartId": 184467},
             "answer": {"status": "Accepted"}}""";
    static final String REMOTE_STOP_EXAMPLE = """
            {"transactionId": "1017"}""";
    static final String REMOTE_STOP_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "RemoteStop", "status": "Accepted",
             "result": {"status": "Accepted"}, "answer": {"status": "Accepted"}}""";
    static final String COMPOSITE_SCHEDULE_EXAMPLE = """
            {"evseId": 1, "durationSeconds": 3600, "chargingRateUnit": "A"}""";
    static final String COMPOSITE_SCHEDULE_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "GetCompositeSchedule",
             "status": "Accepted",
             "result": {"status": "Accepted", "schedule": {"evseId": 1, "start": "2026-11-27T09:00:00Z",
               "durationSeconds": 3600, "unit": "A",
               "periods": [{"startPeriodSeconds": 0, "limit": 32.0, "numberPhases": 3}]}},
             "answer": {"status": "Accepted", "schedule": {"evseId": 1, "duration": 3600,
               "scheduleStart": "2026-11-27T09:00:00Z", "chargingRateUnit": "A",
               "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 32.0, "numberPhases": 3}]}}}""";
    static final String SET_DISPLAY_MESSAGE_EXAMPLE = """
            {"id": 7, "priority": "InFront", "state": "Idle", "content": "Free charging until 18:00",
             "language": "en", "format": "UTF8", "endDateTime": "2026-11-27T18:00:00Z"}""";
    static final String GET_DISPLAY_MESSAGES_EXAMPLE = """
            {"ids": [7], "priority": null, "state": null}""";
    static final String GET_DISPLAY_MESSAGES_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "GetDisplayMessages",
             "status": "Accepted", "result": {"status": "Accepted", "requestId": 52311},
             "answer": {"status": "Accepted"}}""";
    static final String DISPLAY_MESSAGES_EXAMPLE = """
            {"items": [{"id": 7, "priority": "InFront", "state": "Idle", "format": "UTF8", "language": "en",
              "content": "Free charging until 18:00", "endDateTime": "2026-11-27T18:00:00Z",
              "requestId": 52311, "reportedAt": "2026-11-27T09:00:01Z"}], "next": null}""";
    static final String CLEAR_DISPLAY_MESSAGE_RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "ClearDisplayMessage",
             "status": "Accepted", "result": {"status": "Accepted"}, "answer": {"status": "Accepted"}}""";

    private ControlDtos() {
    }

    record ResetRequest(
            @Schema(description = "SOFT (1.6 Soft, 2.0.1 OnIdle; the default) or HARD (1.6 Hard, 2.0.1 Immediate)")
            String kind,
            @Schema(description = "Reset only this EVSE (2.0.1 only); absent = the whole charger") @Min(1) Integer evseId) {
    }

    record UnlockRequest(@NotNull @Min(1) Integer evseId,
                         @Schema(description = "1 when absent") @Min(1) Integer connectorId) {
    }

    record AvailabilityRequest(
            @Schema(description = "Absent (or 0) = the whole charger") @Min(0) Integer evseId,
            @Schema(description = "One connector of the EVSE (2.0.1); absent = the whole EVSE") @Min(1) Integer connectorId,
            @NotNull Boolean operative) {
    }

    record TriggerRequest(
            @Schema(description = "BootNotification, Heartbeat, StatusNotification, MeterValues, "
                    + "FirmwareStatusNotification, DiagnosticsStatusNotification (1.6) / LogStatusNotification (2.0.1), "
                    + "TransactionEvent (2.0.1), SignChargingStationCertificate (2.0.1) ...")
            @NotBlank String message,
            @Min(0) Integer evseId,
            @Min(1) Integer connectorId) {
    }

    record DataTransferRequest(@NotBlank @Size(max = 255) String vendorId,
                               @Size(max = 50) String messageId,
                               @Schema(description = "A string or any JSON value (sent as JSON text to 1.6 chargers)")
                               Object data) {
    }

    record RemoteStartRequest(@NotBlank @Size(max = 36) String idToken,
                              @Schema(description = "ISO14443 when absent") IdTokenType idTokenType,
                              @Schema(description = "Absent = the charger picks a free EVSE") @Min(1) Integer evseId,
                              @Schema(description = "2.0.1 remoteStartId; Busbar draws one when absent") @Min(1)
                              Integer remoteStartId) {
    }

    record RemoteStopRequest(
            @Schema(description = "The charger's transaction id: the 1.6 number (session transactionNumber) or the "
                    + "2.0.1 string (session chargerTransactionId)")
            @NotBlank @Size(max = 36) String transactionId) {
    }

    record CompositeScheduleRequest(
            @Schema(description = "0 = the whole charger") @NotNull @Min(0) Integer evseId,
            @NotNull @Min(1) Integer durationSeconds,
            @Schema(description = "A, W, or absent for the charger's choice") String chargingRateUnit) {
    }

    record SetDisplayMessageRequest(@NotNull @Min(0) Integer id,
                                    @Schema(description = "AlwaysFront, InFront or NormalCycle (default)") String priority,
                                    @Schema(description = "Charging, Faulted, Idle, Unavailable; absent = always") String state,
                                    @NotBlank @Size(max = 512) String content,
                                    @Size(max = 8) String language,
                                    @Schema(description = "ASCII, HTML, URI or UTF8 (default)") String format,
                                    Instant startDateTime, Instant endDateTime,
                                    @Size(max = 36) String transactionId,
                                    @Min(1) Integer evseId) {
    }

    record GetDisplayMessagesRequest(@Schema(description = "Only these message ids") List<Integer> ids,
                                     String priority, String state) {
    }

    /** The RemoteStart result with the remoteStartId Busbar sent (to match the 2.0.1 TransactionEvent). */
    record RemoteStartResult(String status, String transactionId, Integer remoteStartId, String reasonCode,
                             String additionalInfo) {
    }

    /** A GetDisplayMessages result with the requestId the charger's reports will carry. */
    record DisplayMessagesRequested(String status, Integer requestId, String reasonCode, String additionalInfo) {
    }

    record DisplayMessageResponse(int id, String priority, String state, String format, String language,
                                  String content, Instant startDateTime, Instant endDateTime, String transactionId,
                                  Integer evseId,
                                  @Schema(description = "The GetDisplayMessages request this report answered")
                                  int requestId, Instant reportedAt) {
        static DisplayMessageResponse of(DisplayMessages.Reported reported) {
            var m = reported.message();
            return new DisplayMessageResponse(m.id(), m.priority(), m.state(), m.format(), m.language(), m.content(),
                    m.startDateTime(), m.endDateTime(), m.transactionId(), m.evseId(), reported.requestId(),
                    reported.reportedAt());
        }
    }
}
