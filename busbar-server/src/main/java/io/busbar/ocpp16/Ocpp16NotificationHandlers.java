package io.busbar.ocpp16;

import io.busbar.chargers.ChargerNotification.Type;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.connectivity.RecordingHandler;
import io.busbar.ocpp.v16.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 1.6 status notifications Busbar keeps and acknowledges: the security whitepaper's security events, signed
 * firmware and log status. Firmware and diagnostics status have handlers of their own that also drive the jobs.
 */
@Configuration(proxyBeanMethods = false)
class Ocpp16NotificationHandlers {

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
