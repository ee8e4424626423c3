package io.busbar.ocpp.v201;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.ActionCatalog;
import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.rpc.OcppVersion;

import java.util.List;

/**
 * Every OCPP 2.0.1 action with its typed request and response records (OCPP 2.0.1 Part 3 JSON schemas).
 * Actions the charging station initiates come first, then DataTransfer (either side, OCPP 2.0.1 P01/P02),
 * then those the CSMS initiates.
 */
public final class Ocpp201 {

    public static final Action<AuthorizeRequest, AuthorizeResponse> AUTHORIZE =
        Action.fromCharger(OcppVersion.V201, "Authorize",
            AuthorizeRequest.class, AuthorizeResponse.class);
    public static final Action<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "BootNotification",
            BootNotificationRequest.class, BootNotificationResponse.class);
    public static final Action<ClearedChargingLimitRequest, ClearedChargingLimitResponse> CLEARED_CHARGING_LIMIT =
        Action.fromCharger(OcppVersion.V201, "ClearedChargingLimit",
            ClearedChargingLimitRequest.class, ClearedChargingLimitResponse.class);
    public static final Action<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> FIRMWARE_STATUS_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "FirmwareStatusNotification",
            FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class);
    public static final Action<Get15118EVCertificateRequest, Get15118EVCertificateResponse> GET_15118_EV_CERTIFICATE =
        Action.fromCharger(OcppVersion.V201, "Get15118EVCertificate",
            Get15118EVCertificateRequest.class, Get15118EVCertificateResponse.class);
    public static final Action<GetCertificateStatusRequest, GetCertificateStatusResponse> GET_CERTIFICATE_STATUS =
        Action.fromCharger(OcppVersion.V201, "GetCertificateStatus",
            GetCertificateStatusRequest.class, GetCertificateStatusResponse.class);
    public static final Action<HeartbeatRequest, HeartbeatResponse> HEARTBEAT =
        Action.fromCharger(OcppVersion.V201, "Heartbeat",
            HeartbeatRequest.class, HeartbeatResponse.class);
    public static final Action<LogStatusNotificationRequest, LogStatusNotificationResponse> LOG_STATUS_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "LogStatusNotification",
            LogStatusNotificationRequest.class, LogStatusNotificationResponse.class);
    public static final Action<MeterValuesRequest, MeterValuesResponse> METER_VALUES =
        Action.fromCharger(OcppVersion.V201, "MeterValues",
            MeterValuesRequest.class, MeterValuesResponse.class);
    public static final Action<NotifyChargingLimitRequest, NotifyChargingLimitResponse> NOTIFY_CHARGING_LIMIT =
        Action.fromCharger(OcppVersion.V201, "NotifyChargingLimit",
            NotifyChargingLimitRequest.class, NotifyChargingLimitResponse.class);
    public static final Action<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse> NOTIFY_CUSTOMER_INFORMATION =
        Action.fromCharger(OcppVersion.V201, "NotifyCustomerInformation",
            NotifyCustomerInformationRequest.class, NotifyCustomerInformationResponse.class);
    public static final Action<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse> NOTIFY_DISPLAY_MESSAGES =
        Action.fromCharger(OcppVersion.V201, "NotifyDisplayMessages",
            NotifyDisplayMessagesRequest.class, NotifyDisplayMessagesResponse.class);
    public static final Action<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse> NOTIFY_EV_CHARGING_NEEDS =
        Action.fromCharger(OcppVersion.V201, "NotifyEVChargingNeeds",
            NotifyEVChargingNeedsRequest.class, NotifyEVChargingNeedsResponse.class);
    public static final Action<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse> NOTIFY_EV_CHARGING_SCHEDULE =
        Action.fromCharger(OcppVersion.V201, "NotifyEVChargingSchedule",
            NotifyEVChargingScheduleRequest.class, NotifyEVChargingScheduleResponse.class);
    public static final Action<NotifyEventRequest, NotifyEventResponse> NOTIFY_EVENT =
        Action.fromCharger(OcppVersion.V201, "NotifyEvent",
            NotifyEventRequest.class, NotifyEventResponse.class);
    public static final Action<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse> NOTIFY_MONITORING_REPORT =
        Action.fromCharger(OcppVersion.V201, "NotifyMonitoringReport",
            NotifyMonitoringReportRequest.class, NotifyMonitoringReportResponse.class);
    public static final Action<NotifyReportRequest, NotifyReportResponse> NOTIFY_REPORT =
        Action.fromCharger(OcppVersion.V201, "NotifyReport",
            NotifyReportRequest.class, NotifyReportResponse.class);
    public static final Action<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse> PUBLISH_FIRMWARE_STATUS_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "PublishFirmwareStatusNotification",
            PublishFirmwareStatusNotificationRequest.class, PublishFirmwareStatusNotificationResponse.class);
    public static final Action<ReportChargingProfilesRequest, ReportChargingProfilesResponse> REPORT_CHARGING_PROFILES =
        Action.fromCharger(OcppVersion.V201, "ReportChargingProfiles",
            ReportChargingProfilesRequest.class, ReportChargingProfilesResponse.class);
    public static final Action<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse> RESERVATION_STATUS_UPDATE =
        Action.fromCharger(OcppVersion.V201, "ReservationStatusUpdate",
            ReservationStatusUpdateRequest.class, ReservationStatusUpdateResponse.class);
    public static final Action<SecurityEventNotificationRequest, SecurityEventNotificationResponse> SECURITY_EVENT_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "SecurityEventNotification",
            SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class);
    public static final Action<SignCertificateRequest, SignCertificateResponse> SIGN_CERTIFICATE =
        Action.fromCharger(OcppVersion.V201, "SignCertificate",
            SignCertificateRequest.class, SignCertificateResponse.class);
    public static final Action<StatusNotificationRequest, StatusNotificationResponse> STATUS_NOTIFICATION =
        Action.fromCharger(OcppVersion.V201, "StatusNotification",
            StatusNotificationRequest.class, StatusNotificationResponse.class);
    public static final Action<TransactionEventRequest, TransactionEventResponse> TRANSACTION_EVENT =
        Action.fromCharger(OcppVersion.V201, "TransactionEvent",
            TransactionEventRequest.class, TransactionEventResponse.class);
    public static final Action<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
        new Action<>(OcppVersion.V201, "DataTransfer", DataTransferRequest.class, DataTransferResponse.class, Initiator.EITHER);
    public static final Action<CancelReservationRequest, CancelReservationResponse> CANCEL_RESERVATION =
        Action.fromCsms(OcppVersion.V201, "CancelReservation",
            CancelReservationRequest.class, CancelReservationResponse.class);
    public static final Action<CertificateSignedRequest, CertificateSignedResponse> CERTIFICATE_SIGNED =
        Action.fromCsms(OcppVersion.V201, "CertificateSigned",
            CertificateSignedRequest.class, CertificateSignedResponse.class);
    public static final Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> CHANGE_AVAILABILITY =
        Action.fromCsms(OcppVersion.V201, "ChangeAvailability",
            ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class);
    public static final Action<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE =
        Action.fromCsms(OcppVersion.V201, "ClearCache",
            ClearCacheRequest.class, ClearCacheResponse.class);
    public static final Action<ClearChargingProfileRequest, ClearChargingProfileResponse> CLEAR_CHARGING_PROFILE =
        Action.fromCsms(OcppVersion.V201, "ClearChargingProfile",
            ClearChargingProfileRequest.class, ClearChargingProfileResponse.class);
    public static final Action<ClearDisplayMessageRequest, ClearDisplayMessageResponse> CLEAR_DISPLAY_MESSAGE =
        Action.fromCsms(OcppVersion.V201, "ClearDisplayMessage",
            ClearDisplayMessageRequest.class, ClearDisplayMessageResponse.class);
    public static final Action<ClearVariableMonitoringRequest, ClearVariableMonitoringResponse> CLEAR_VARIABLE_MONITORING =
        Action.fromCsms(OcppVersion.V201, "ClearVariableMonitoring",
            ClearVariableMonitoringRequest.class, ClearVariableMonitoringResponse.class);
    public static final Action<CostUpdatedRequest, CostUpdatedResponse> COST_UPDATED =
        Action.fromCsms(OcppVersion.V201, "CostUpdated",
            CostUpdatedRequest.class, CostUpdatedResponse.class);
    public static final Action<CustomerInformationRequest, CustomerInformationResponse> CUSTOMER_INFORMATION =
        Action.fromCsms(OcppVersion.V201, "CustomerInformation",
            CustomerInformationRequest.class, CustomerInformationResponse.class);
    public static final Action<DeleteCertificateRequest, DeleteCertificateResponse> DELETE_CERTIFICATE =
        Action.fromCsms(OcppVersion.V201, "DeleteCertificate",
            DeleteCertificateRequest.class, DeleteCertificateResponse.class);
    public static final Action<GetBaseReportRequest, GetBaseReportResponse> GET_BASE_REPORT =
        Action.fromCsms(OcppVersion.V201, "GetBaseReport",
            GetBaseReportRequest.class, GetBaseReportResponse.class);
    public static final Action<GetChargingProfilesRequest, GetChargingProfilesResponse> GET_CHARGING_PROFILES =
        Action.fromCsms(OcppVersion.V201, "GetChargingProfiles",
            GetChargingProfilesRequest.class, GetChargingProfilesResponse.class);
    public static final Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse> GET_COMPOSITE_SCHEDULE =
        Action.fromCsms(OcppVersion.V201, "GetCompositeSchedule",
            GetCompositeScheduleRequest.class, GetCompositeScheduleResponse.class);
    public static final Action<GetDisplayMessagesRequest, GetDisplayMessagesResponse> GET_DISPLAY_MESSAGES =
        Action.fromCsms(OcppVersion.V201, "GetDisplayMessages",
            GetDisplayMessagesRequest.class, GetDisplayMessagesResponse.class);
    public static final Action<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse> GET_INSTALLED_CERTIFICATE_IDS =
        Action.fromCsms(OcppVersion.V201, "GetInstalledCertificateIds",
            GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class);
    public static final Action<GetLocalListVersionRequest, GetLocalListVersionResponse> GET_LOCAL_LIST_VERSION =
        Action.fromCsms(OcppVersion.V201, "GetLocalListVersion",
            GetLocalListVersionRequest.class, GetLocalListVersionResponse.class);
    public static final Action<GetLogRequest, GetLogResponse> GET_LOG =
        Action.fromCsms(OcppVersion.V201, "GetLog",
            GetLogRequest.class, GetLogResponse.class);
    public static final Action<GetMonitoringReportRequest, GetMonitoringReportResponse> GET_MONITORING_REPORT =
        Action.fromCsms(OcppVersion.V201, "GetMonitoringReport",
            GetMonitoringReportRequest.class, GetMonitoringReportResponse.class);
    public static final Action<GetReportRequest, GetReportResponse> GET_REPORT =
        Action.fromCsms(OcppVersion.V201, "GetReport",
            GetReportRequest.class, GetReportResponse.class);
    public static final Action<GetTransactionStatusRequest, GetTransactionStatusResponse> GET_TRANSACTION_STATUS =
        Action.fromCsms(OcppVersion.V201, "GetTransactionStatus",
            GetTransactionStatusRequest.class, GetTransactionStatusResponse.class);
    public static final Action<GetVariablesRequest, GetVariablesResponse> GET_VARIABLES =
        Action.fromCsms(OcppVersion.V201, "GetVariables",
            GetVariablesRequest.class, GetVariablesResponse.class);
    public static final Action<InstallCertificateRequest, InstallCertificateResponse> INSTALL_CERTIFICATE =
        Action.fromCsms(OcppVersion.V201, "InstallCertificate",
            InstallCertificateRequest.class, InstallCertificateResponse.class);
    public static final Action<PublishFirmwareRequest, PublishFirmwareResponse> PUBLISH_FIRMWARE =
        Action.fromCsms(OcppVersion.V201, "PublishFirmware",
            PublishFirmwareRequest.class, PublishFirmwareResponse.class);
    public static final Action<RequestStartTransactionRequest, RequestStartTransactionResponse> REQUEST_START_TRANSACTION =
        Action.fromCsms(OcppVersion.V201, "RequestStartTransaction",
            RequestStartTransactionRequest.class, RequestStartTransactionResponse.class);
    public static final Action<RequestStopTransactionRequest, RequestStopTransactionResponse> REQUEST_STOP_TRANSACTION =
        Action.fromCsms(OcppVersion.V201, "RequestStopTransaction",
            RequestStopTransactionRequest.class, RequestStopTransactionResponse.class);
    public static final Action<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW =
        Action.fromCsms(OcppVersion.V201, "ReserveNow",
            ReserveNowRequest.class, ReserveNowResponse.class);
    public static final Action<ResetRequest, ResetResponse> RESET =
        Action.fromCsms(OcppVersion.V201, "Reset",
            ResetRequest.class, ResetResponse.class);
    public static final Action<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
        Action.fromCsms(OcppVersion.V201, "SendLocalList",
            SendLocalListRequest.class, SendLocalListResponse.class);
    public static final Action<SetChargingProfileRequest, SetChargingProfileResponse> SET_CHARGING_PROFILE =
        Action.fromCsms(OcppVersion.V201, "SetChargingProfile",
            SetChargingProfileRequest.class, SetChargingProfileResponse.class);
    public static final Action<SetDisplayMessageRequest, SetDisplayMessageResponse> SET_DISPLAY_MESSAGE =
        Action.fromCsms(OcppVersion.V201, "SetDisplayMessage",
            SetDisplayMessageRequest.class, SetDisplayMessageResponse.class);
    public static final Action<SetMonitoringBaseRequest, SetMonitoringBaseResponse> SET_MONITORING_BASE =
        Action.fromCsms(OcppVersion.V201, "SetMonitoringBase",
            SetMonitoringBaseRequest.class, SetMonitoringBaseResponse.class);
    public static final Action<SetMonitoringLevelRequest, SetMonitoringLevelResponse> SET_MONITORING_LEVEL =
        Action.fromCsms(OcppVersion.V201, "SetMonitoringLevel",
            SetMonitoringLevelRequest.class, SetMonitoringLevelResponse.class);
    public static final Action<SetNetworkProfileRequest, SetNetworkProfileResponse> SET_NETWORK_PROFILE =
        Action.fromCsms(OcppVersion.V201, "SetNetworkProfile",
            SetNetworkProfileRequest.class, SetNetworkProfileResponse.class);
    public static final Action<SetVariableMonitoringRequest, SetVariableMonitoringResponse> SET_VARIABLE_MONITORING =
        Action.fromCsms(OcppVersion.V201, "SetVariableMonitoring",
            SetVariableMonitoringRequest.class, SetVariableMonitoringResponse.class);
    public static final Action<SetVariablesRequest, SetVariablesResponse> SET_VARIABLES =
        Action.fromCsms(OcppVersion.V201, "SetVariables",
            SetVariablesRequest.class, SetVariablesResponse.class);
    public static final Action<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
        Action.fromCsms(OcppVersion.V201, "TriggerMessage",
            TriggerMessageRequest.class, TriggerMessageResponse.class);
    public static final Action<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
        Action.fromCsms(OcppVersion.V201, "UnlockConnector",
            UnlockConnectorRequest.class, UnlockConnectorResponse.class);
    public static final Action<UnpublishFirmwareRequest, UnpublishFirmwareResponse> UNPUBLISH_FIRMWARE =
        Action.fromCsms(OcppVersion.V201, "UnpublishFirmware",
            UnpublishFirmwareRequest.class, UnpublishFirmwareResponse.class);
    public static final Action<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
        Action.fromCsms(OcppVersion.V201, "UpdateFirmware",
            UpdateFirmwareRequest.class, UpdateFirmwareResponse.class);

    /** All actions above, by name. */
    public static final ActionCatalog CATALOG = new ActionCatalog(OcppVersion.V201, List.of(
        AUTHORIZE,
        BOOT_NOTIFICATION,
        CLEARED_CHARGING_LIMIT,
        FIRMWARE_STATUS_NOTIFICATION,
        GET_15118_EV_CERTIFICATE,
        GET_CERTIFICATE_STATUS,
        HEARTBEAT,
        LOG_STATUS_NOTIFICATION,
        METER_VALUES,
        NOTIFY_CHARGING_LIMIT,
        NOTIFY_CUSTOMER_INFORMATION,
        NOTIFY_DISPLAY_MESSAGES,
        NOTIFY_EV_CHARGING_NEEDS,
        NOTIFY_EV_CHARGING_SCHEDULE,
        NOTIFY_EVENT,
        NOTIFY_MONITORING_REPORT,
        NOTIFY_REPORT,
        PUBLISH_FIRMWARE_STATUS_NOTIFICATION,
        REPORT_CHARGING_PROFILES,
        RESERVATION_STATUS_UPDATE,
        SECURITY_EVENT_NOTIFICATION,
        SIGN_CERTIFICATE,
        STATUS_NOTIFICATION,
        TRANSACTION_EVENT,
        DATA_TRANSFER,
        CANCEL_RESERVATION,
        CERTIFICATE_SIGNED,
        CHANGE_AVAILABILITY,
        CLEAR_CACHE,
        CLEAR_CHARGING_PROFILE,
        CLEAR_DISPLAY_MESSAGE,
        CLEAR_VARIABLE_MONITORING,
        COST_UPDATED,
        CUSTOMER_INFORMATION,
        DELETE_CERTIFICATE,
        GET_BASE_REPORT,
        GET_CHARGING_PROFILES,
        GET_COMPOSITE_SCHEDULE,
        GET_DISPLAY_MESSAGES,
        GET_INSTALLED_CERTIFICATE_IDS,
        GET_LOCAL_LIST_VERSION,
        GET_LOG,
        GET_MONITORING_REPORT,
        GET_REPORT,
        GET_TRANSACTION_STATUS,
        GET_VARIABLES,
        INSTALL_CERTIFICATE,
        PUBLISH_FIRMWARE,
        REQUEST_START_TRANSACTION,
        REQUEST_STOP_TRANSACTION,
        RESERVE_NOW,
        RESET,
        SEND_LOCAL_LIST,
        SET_CHARGING_PROFILE,
        SET_DISPLAY_MESSAGE,
        SET_MONITORING_BASE,
        SET_MONITORING_LEVEL,
        SET_NETWORK_PROFILE,
        SET_VARIABLE_MONITORING,
        SET_VARIABLES,
        TRIGGER_MESSAGE,
        UNLOCK_CONNECTOR,
        UNPUBLISH_FIRMWARE,
        UPDATE_FIRMWARE));

    private Ocpp201() {
    }
}
