package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.diagnostics.LogUploadStatus;
import io.busbar.diagnostics.LogUploads;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.LogStatusNotificationRequest;
import io.busbar.ocpp.v201.LogStatusNotificationResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 N01 LogStatusNotification: kept as a notification and applied to the request its requestId names.
 * Idle moves nothing; AcceptedCanceled here confirms the upload was accepted (the earlier one is canceled).
 */
@Component("ocpp201LogStatus")
class LogStatusNotificationHandler implements InboundHandler<LogStatusNotificationRequest, LogStatusNotificationResponse> {
    private final NotificationRecorder recorder;
    private final LogUploads uploads;

    LogStatusNotificationHandler(NotificationRecorder recorder, LogUploads uploads) {
        this.recorder = recorder;
        this.uploads = uploads;
    }

    @Override
    public Action<LogStatusNotificationRequest, LogStatusNotificationResponse> action() {
        return Ocpp201.LOG_STATUS_NOTIFICATION;
    }

    @Override
    public LogStatusNotificationResponse handle(ChargerContext charger, LogStatusNotificationRequest request) {
        recorder.record(charger, ChargerNotification.Type.LOG_STATUS, null, request);
        LogUploadStatus status = switch (request.status()) {
            case BAD_MESSAGE -> LogUploadStatus.BAD_MESSAGE;
            case NOT_SUPPORTED_OPERATION -> LogUploadStatus.NOT_SUPPORTED_OPERATION;
            case PERMISSION_DENIED -> LogUploadStatus.PERMISSION_DENIED;
            case UPLOADED -> LogUploadStatus.UPLOADED;
            case UPLOAD_FAILURE -> LogUploadStatus.UPLOAD_FAILED;
            case UPLOADING -> LogUploadStatus.UPLOADING;
            case ACCEPTED_CANCELED -> LogUploadStatus.ACCEPTED;
            case IDLE -> null;
        };
        if (status != null) {
            uploads.reported(Ocpp201Mapping.identity(charger), request.requestId(), status,
                    Ocpp201Mapping.literal(request.status()), null);
        }
        return new LogStatusNotificationResponse();
    }
}
