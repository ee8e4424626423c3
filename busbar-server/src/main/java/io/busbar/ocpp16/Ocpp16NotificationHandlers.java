package io.busbar.ocpp16;

import io.busbar.chargers.ChargerNotification.Type;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.connectivity.RecordingHandler;
import io.busbar.ocpp.v16.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 1.6 status notifications Busbar keeps and acknowledges: firmware, diagnostics, and the security
 * whitepaper's security events, signed firmware and log status.
 */
@Configuration(proxyBeanMethods = false)
class Ocpp16NotificationHandlers {

    @Bean
    RecordingHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> ocpp16FirmwareStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp16.FIRMWARE_STATUS_NOTIFICATION, Type.FIRMWARE_STATUS, r -> null,
                FirmwareStatusNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse> ocpp16DiagnosticsStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp16.DIAGNOSTICS_STATUS_NOTIFICATION, Type.DIAGNOSTICS_STATUS, r -> null,
                DiagnosticsStatusNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse> ocpp16SecurityEvent(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp16.SECURITY_EVENT_NOTIFICATION, Type.SECURITY_EVENT,
                SecurityEventNotificationRequest::timestamp, SecurityEventNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse> ocpp16SignedFirmwareStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp16.SIGNED_FIRMWARE_STATUS_NOTIFICATION, Type.FIRMWARE_STATUS, r -> null,
                SignedFirmwareStatusNotificationResponse::new, recorder);
    }

    @Bean
    RecordingHandler<LogStatusNotificationRequest, LogStatusNotificationResponse> ocpp16LogStatus(NotificationRecorder recorder) {
        return new RecordingHandler<>(Ocpp16.LOG_STATUS_NOTIFICATION, Type.LOG_STATUS, r -> null,
                LogStatusNotificationResponse::new, recorder);
    }
}
