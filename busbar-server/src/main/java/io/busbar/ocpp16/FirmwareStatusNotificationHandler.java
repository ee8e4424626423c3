package io.busbar.ocpp16;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import io.busbar.diagnostics.FirmwareUpdates;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.FirmwareStatusNotificationRequest;
import io.busbar.ocpp.v16.FirmwareStatusNotificationResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §4.5 FirmwareStatusNotification: kept as a notification and applied to the charger's open update job.
 * Idle (the answer to a TriggerMessage when nothing is going on) moves no job.
 */
@Component("ocpp16FirmwareStatus")
class FirmwareStatusNotificationHandler
        implements InboundHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> {
    private final NotificationRecorder recorder;
    private final FirmwareUpdates updates;

    FirmwareStatusNotificationHandler(NotificationRecorder recorder, FirmwareUpdates updates) {
        this.recorder = recorder;
        this.updates = updates;
    }

    @Override
    public Action<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> action() {
        return Ocpp16.FIRMWARE_STATUS_NOTIFICATION;
    }

    @Override
    public FirmwareStatusNotificationResponse handle(ChargerContext charger, FirmwareStatusNotificationRequest request) {
        recorder.record(charger, ChargerNotification.Type.FIRMWARE_STATUS, null, request);
        FirmwareUpdateStatus status = switch (request.status()) {
            case DOWNLOADED -> FirmwareUpdateStatus.DOWNLOADED;
            case DOWNLOAD_FAILED -> FirmwareUpdateStatus.DOWNLOAD_FAILED;
            case DOWNLOADING -> FirmwareUpdateStatus.DOWNLOADING;
            case INSTALLATION_FAILED -> FirmwareUpdateStatus.INSTALLATION_FAILED;
            case INSTALLING -> FirmwareUpdateStatus.INSTALLING;
            case INSTALLED -> FirmwareUpdateStatus.INSTALLED;
            case IDLE -> null;
        };
        if (status != null) {
            updates.reported(Ocpp16Mapping.identity(charger), null, status, Ocpp16Mapping.literal(request.status()),
                    null);
        }
        return new FirmwareStatusNotificationResponse();
    }
}
