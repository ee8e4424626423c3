package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import io.busbar.diagnostics.FirmwareUpdates;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.FirmwareStatusNotificationRequest;
import io.busbar.ocpp.v201.FirmwareStatusNotificationResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 L01/L02 FirmwareStatusNotification: kept as a notification and applied to the update job its requestId
 * names (L01.FR.20: present unless the status is Idle). Idle moves no job.
 */
@Component("ocpp201FirmwareStatus")
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
        return Ocpp201.FIRMWARE_STATUS_NOTIFICATION;
    }

    @Override
    public FirmwareStatusNotificationResponse handle(ChargerContext charger, FirmwareStatusNotificationRequest request) {
        recorder.record(charger, ChargerNotification.Type.FIRMWARE_STATUS, null, request);
        FirmwareUpdateStatus status = switch (request.status()) {
            case DOWNLOADED -> FirmwareUpdateStatus.DOWNLOADED;
            case DOWNLOAD_FAILED -> FirmwareUpdateStatus.DOWNLOAD_FAILED;
            case DOWNLOADING -> FirmwareUpdateStatus.DOWNLOADING;
            case DOWNLOAD_SCHEDULED -> FirmwareUpdateStatus.DOWNLOAD_SCHEDULED;
            case DOWNLOAD_PAUSED -> FirmwareUpdateStatus.DOWNLOAD_PAUSED;
            case INSTALLATION_FAILED -> FirmwareUpdateStatus.INSTALLATION_FAILED;
            case INSTALLING -> FirmwareUpdateStatus.INSTALLING;
            case INSTALLED -> FirmwareUpdateStatus.INSTALLED;
            case INSTALL_REBOOTING -> FirmwareUpdateStatus.INSTALL_REBOOTING;
            case INSTALL_SCHEDULED -> FirmwareUpdateStatus.INSTALL_SCHEDULED;
            case INSTALL_VERIFICATION_FAILED -> FirmwareUpdateStatus.INSTALL_VERIFICATION_FAILED;
            case INVALID_SIGNATURE -> FirmwareUpdateStatus.INVALID_SIGNATURE;
            case SIGNATURE_VERIFIED -> FirmwareUpdateStatus.SIGNATURE_VERIFIED;
            case IDLE -> null;
        };
        if (status != null) {
            updates.reported(Ocpp201Mapping.identity(charger), request.requestId(), status,
                    Ocpp201Mapping.literal(request.status()), null);
        }
        return new FirmwareStatusNotificationResponse();
    }
}
