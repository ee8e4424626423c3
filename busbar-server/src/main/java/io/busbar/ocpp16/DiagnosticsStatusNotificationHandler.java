package io.busbar.ocpp16;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.diagnostics.LogUploadStatus;
import io.busbar.diagnostics.LogUploads;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.DiagnosticsStatusNotificationRequest;
import io.busbar.ocpp.v16.DiagnosticsStatusNotificationResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §4.4 DiagnosticsStatusNotification: kept as a notification and applied to the charger's open log upload
 * request (1.6 has no requestId). Idle moves nothing.
 */
@Component("ocpp16DiagnosticsStatus")
class DiagnosticsStatusNotificationHandler
        implements InboundHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse> {
    private final NotificationRecorder recorder;
    private final LogUploads uploads;

    DiagnosticsStatusNotificationHandler(NotificationRecorder recorder, LogUploads uploads) {
        this.recorder = recorder;
        this.uploads = uploads;
    }

    @Override
    public Action<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse> action() {
        return Ocpp16.DIAGNOSTICS_STATUS_NOTIFICATION;
    }

    @Override
    public DiagnosticsStatusNotificationResponse handle(ChargerContext charger,
                                                        DiagnosticsStatusNotificationRequest request) {
        recorder.record(charger, ChargerNotification.Type.DIAGNOSTICS_STATUS, null, request);
        LogUploadStatus status = switch (request.status()) {
            case UPLOADING -> LogUploadStatus.UPLOADING;
            case UPLOADED -> LogUploadStatus.UPLOADED;
            case UPLOAD_FAILED -> LogUploadStatus.UPLOAD_FAILED;
            case IDLE -> null;
        };
        if (status != null) {
            uploads.reported(Ocpp16Mapping.identity(charger), null, status, Ocpp16Mapping.literal(request.status()),
                    null);
        }
        return new DiagnosticsStatusNotificationResponse();
    }
}
