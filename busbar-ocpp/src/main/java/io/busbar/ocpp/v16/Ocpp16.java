package io.busbar.ocpp.v16;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.ActionCatalog;
import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.rpc.OcppVersion;

import java.util.List;

/**
 * Every OCPP 1.6J action Busbar speaks (Core, Firmware Management, Local Auth List Management, Reservation,
 * Smart Charging, Remote Trigger, and the Security whitepaper's logging, firmware and event messages) with
 * its typed request and response.
 */
public final class Ocpp16 {
    public static final Action<AuthorizeRequest, AuthorizeResponse> AUTHORIZE =
            action("Authorize", AuthorizeRequest.class, AuthorizeResponse.class, Initiator.CHARGER);
    public static final Action<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION =
            action("BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, Initiator.CHARGER);
    public static final Action<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
            action("DataTransfer", DataTransferRequest.class, DataTransferResponse.class, Initiator.EITHER);
    public static final Action<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse> DIAGNOSTICS_STATUS_NOTIFICATION =
            action("DiagnosticsStatusNotification", DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationResponse.class, Initiator.CHARGER);
    public static final Action<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> FIRMWARE_STATUS_NOTIFICATION =
            action("FirmwareStatusNotification", FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class, Initiator.CHARGER);
    public static final Action<HeartbeatRequest, HeartbeatResponse> HEARTBEAT =
            action("Heartbeat", HeartbeatRequest.class, HeartbeatResponse.class, Initiator.CHARGER);
    public static final Action<MeterValuesRequest, MeterValuesResponse> METER_VALUES =
            action("MeterValues", MeterValuesRequest.class, MeterValuesResponse.class, Initiator.CHARGER);
    public static final Action<StartTransactionRequest, StartTransactionResponse> START_TRANSACTION =
            action("StartTransaction", StartTransactionRequest.class, StartTransactionResponse.class, Initiator.CHARGER);
    public static final Action<StatusNotificationRequest, StatusNotificationResponse> STATUS_NOTIFICATION =
            action("StatusNotification", StatusNotificationRequest.class, StatusNotificationResponse.class, Initiator.CHARGER);
    public static final Action<StopTransactionRequest, StopTransactionResponse> STOP_TRANSACTION =
            action("StopTransaction", StopTransactionRequest.class, StopTransactionResponse.class, Initiator.CHARGER);

    // OCPP 1.6 Security whitepaper (edition 3) messages.
    public static final Action<CancelReservationRequest, CancelReservationResponse> CANCEL_RESERVATION =
            action("CancelReservation", CancelReservationRequest.class, CancelReservationResponse.class, Initiator.CSMS);
    public static final Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> CHANGE_AVAILABILITY =
            action("ChangeAvailability", ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class, Initiator.CSMS);
    public static final Action<ChangeConfigurationRequest, ChangeConfigurationResponse> CHANGE_CONFIGURATION =
            action("ChangeConfiguration", ChangeConfigurationRequest.class, ChangeConfigurationResponse.class, Initiator.CSMS);
    public static final Action<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE =
            action("ClearCache", ClearCacheRequest.class, ClearCacheResponse.class, Initiator.CSMS);
    public static final Action<ClearChargingProfileRequest, ClearChargingProfileResponse> CLEAR_CHARGING_PROFILE =
            action("ClearChargingProfile", ClearChargingProfileRequest.class, ClearChargingProfileResponse.class, Initiator.CSMS);
    public static final Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse> GET_COMPOSITE_SCHEDULE =
            action("GetCompositeSchedule", GetCompositeScheduleRequest.class, GetCompositeScheduleResponse.class, Initiator.CSMS);
    public static final Action<GetConfigurationRequest, GetConfigurationResponse> GET_CONFIGURATION =
            action("GetConfiguration", GetConfigurationRequest.class, GetConfigurationResponse.class, Initiator.CSMS);
    public static final Action<GetDiagnosticsRequest, GetDiagnosticsResponse> GET_DIAGNOSTICS =
            action("GetDiagnostics", GetDiagnosticsRequest.class, GetDiagnosticsResponse.class, Initiator.CSMS);
    public static final Action<GetLocalListVersionRequest, GetLocalListVersionResponse> GET_LOCAL_LIST_VERSION =
            action("GetLocalListVersion", GetLocalListVersionRequest.class, GetLocalListVersionResponse.class, Initiator.CSMS);
    public static final Action<RemoteStartTransactionRequest, RemoteStartTransactionResponse> REMOTE_START_TRANSACTION =
            action("RemoteStartTransaction", RemoteStartTransactionRequest.class, RemoteStartTransactionResponse.class, Initiator.CSMS);
    public static final Action<RemoteStopTransactionRequest, RemoteStopTransactionResponse> REMOTE_STOP_TRANSACTION =
            action("RemoteStopTransaction", RemoteStopTransactionRequest.class, RemoteStopTransactionResponse.class, Initiator.CSMS);
    public static final Action<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW =
            action("ReserveNow", ReserveNowRequest.class, ReserveNowResponse.class, Initiator.CSMS);
    public static final Action<ResetRequest, ResetResponse> RESET =
            action("Reset", ResetRequest.class, ResetResponse.class, Initiator.CSMS);
    public static final Action<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
            action("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class, Initiator.CSMS);
    public static final Action<SetChargingProfileRequest, SetChargingProfileResponse> SET_CHARGING_PROFILE =
            action("SetChargingProfile", SetChargingProfileRequest.class, SetChargingProfileResponse.class, Initiator.CSMS);
    public static final Action<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
            action("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class, Initiator.CSMS);
    public static final Action<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
            action("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class, Initiator.CSMS);
    public static final Action<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
            action("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class, Initiator.CSMS);
    public static final Action<SecurityEventNotificationRequest, SecurityEventNotificationResponse> SECURITY_EVENT_NOTIFICATION =
            action("SecurityEventNotification", SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class, Initiator.CHARGER);
    public static final Action<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse> SIGNED_FIRMWARE_STATUS_NOTIFICATION =
            action("SignedFirmwareStatusNotification", SignedFirmwareStatusNotificationRequest.class, SignedFirmwareStatusNotificationResponse.class, Initiator.CHARGER);
    public static final Action<LogStatusNotificationRequest, LogStatusNotificationResponse> LOG_STATUS_NOTIFICATION =
            action("LogStatusNotification", LogStatusNotificationRequest.class, LogStatusNotificationResponse.class, Initiator.CHARGER);
    public static final Action<GetLogRequest, GetLogResponse> GET_LOG =
            action("GetLog", GetLogRequest.class, GetLogResponse.class, Initiator.CSMS);
    public static final Action<SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse> SIGNED_UPDATE_FIRMWARE =
            action("SignedUpdateFirmware", SignedUpdateFirmwareRequest.class, SignedUpdateFirmwareResponse.class, Initiator.CSMS);
    public static final Action<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse> EXTENDED_TRIGGER_MESSAGE =
            action("ExtendedTriggerMessage", ExtendedTriggerMessageRequest.class, ExtendedTriggerMessageResponse.class, Initiator.CSMS);

    /** All actions above, looked up by name when a CALL arrives. */
    public static final ActionCatalog CATALOG = new ActionCatalog(OcppVersion.V16, List.of(
            AUTHORIZE, BOOT_NOTIFICATION, DATA_TRANSFER, DIAGNOSTICS_STATUS_NOTIFICATION,
            FIRMWARE_STATUS_NOTIFICATION, HEARTBEAT, METER_VALUES, START_TRANSACTION,
            STATUS_NOTIFICATION, STOP_TRANSACTION, CANCEL_RESERVATION, CHANGE_AVAILABILITY,
            CHANGE_CONFIGURATION, CLEAR_CACHE, CLEAR_CHARGING_PROFILE, GET_COMPOSITE_SCHEDULE,
            GET_CONFIGURATION, GET_DIAGNOSTICS, GET_LOCAL_LIST_VERSION, REMOTE_START_TRANSACTION,
            REMOTE_STOP_TRANSACTION, RESERVE_NOW, RESET, SEND_LOCAL_LIST, SET_CHARGING_PROFILE,
            TRIGGER_MESSAGE, UNLOCK_CONNECTOR, UPDATE_FIRMWARE, SECURITY_EVENT_NOTIFICATION,
            SIGNED_FIRMWARE_STATUS_NOTIFICATION, LOG_STATUS_NOTIFICATION, GET_LOG,
            SIGNED_UPDATE_FIRMWARE, EXTENDED_TRIGGER_MESSAGE));

    private Ocpp16() {
    }

    private static <Q, R> Action<Q, R> action(String name, Class<Q> request, Class<R> response, Initiator initiator) {
        return new Action<>(OcppVersion.V16, name, request, response, initiator);
    }
}
