package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification.Type;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.connectivity.RecordingHandler;
import io.busbar.ocpp.v201.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 2.0.1 messages Busbar keeps and acknowledges. Certificate requests are answered with an honest refusal
 * until Busbar has its own PKI (Plug &amp; Charge): Rejected/Failed rather than NotImplemented, so stations
 * log a clear outcome and retry later. Firmware and log status have handlers of their own that also drive the jobs.
 */
@Configuration(proxyBeanMethods = false)
class Ocpp201NotificationHandlers {

    @Bean
    RecordingHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse> ocpp201SecurityEvent(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.SECURITY_EVENT_NOTIFICATION, Type.SECURITY_EVENT,
                SecurityEventNotificationRequest::timestamp, SecurityEventNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<NotifyEventRequest, NotifyEventResponse> ocpp201NotifyEvent(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.NOTIFY_EVENT, Type.DEVICE_EVENT, NotifyEventRequest::generatedAt,
                NotifyEventResponse::new, recorder);
    }

    @Bean
    RecordingHandler<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse> ocpp201NotifyMonitoringReport(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.NOTIFY_MONITORING_REPORT, Type.MONITORING_REPORT,
                NotifyMonitoringReportRequest::generatedAt, NotifyMonitoringReportResponse::new, recorder);
    }

    @Bean
    RecordingHandler<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse> ocpp201ChargingSchedule(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.NOTIFY_EV_CHARGING_SCHEDULE, Type.CHARGING_NEEDS,
                NotifyEVChargingScheduleRequest::timeBase,
                () -> new NotifyEVChargingScheduleResponse(GenericStatus.ACCEPTED, null), recorder);
    }

    @Bean
    RecordingHandler<NotifyChargingLimitRequest, NotifyChargingLimitResponse> ocpp201ChargingLimit(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.NOTIFY_CHARGING_LIMIT, Type.CHARGING_LIMIT, r -> null,
                NotifyChargingLimitResponse::new, recorder);
    }

    @Bean
    RecordingHandler<ClearedChargingLimitRequest, ClearedChargingLimitResponse> ocpp201ClearedChargingLimit(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.CLEARED_CHARGING_LIMIT, Type.CHARGING_LIMIT, r -> null,
                ClearedChargingLimitResponse::new, recorder);
    }

    @Bean
    RecordingHandler<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse> ocpp201CustomerInformation(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.NOTIFY_CUSTOMER_INFORMATION, Type.OTHER,
                NotifyCustomerInformationRequest::generatedAt, NotifyCustomerInformationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<ReportChargingProfilesRequest, ReportChargingProfilesResponse> ocpp201ChargingProfilesReport(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.REPORT_CHARGING_PROFILES, Type.OTHER, r -> null,
                ReportChargingProfilesResponse::new, recorder);
    }

    @Bean
    RecordingHandler<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse> ocpp201PublishFirmwareStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.PUBLISH_FIRMWARE_STATUS_NOTIFICATION, Type.FIRMWARE_STATUS, r -> null,
                PublishFirmwareStatusNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<SignCertificateRequest, SignCertificateResponse> ocpp201SignCertificate(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.SIGN_CERTIFICATE, Type.SECURITY_EVENT, r -> null,
                () -> new SignCertificateResponse(GenericStatus.REJECTED,
                        new StatusInfo("NoCA", "Busbar has no certificate authority configured")), recorder);
    }

    @Bean
    RecordingHandler<Get15118EVCertificateRequest, Get15118EVCertificateResponse> ocpp201EvCertificate(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.GET_15118_EV_CERTIFICATE, Type.SECURITY_EVENT, r -> null,
                () -> new Get15118EVCertificateResponse(Iso15118EVCertificateStatus.FAILED,
                        new StatusInfo("NoContractCA", "Plug & Charge is not configured"), ""), recorder);
    }

    @Bean
    RecordingHandler<GetCertificateStatusRequest, GetCertificateStatusResponse> ocpp201CertificateStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp201.GET_CERTIFICATE_STATUS, Type.SECURITY_EVENT, r -> null,
                () -> new GetCertificateStatusResponse(GetCertificateStatus.FAILED,
                        new StatusInfo("NoOCSP", "No OCSP responder is configured"), null), recorder);
    }
}
