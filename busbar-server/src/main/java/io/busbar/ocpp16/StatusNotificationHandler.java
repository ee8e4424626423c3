package io.busbar.ocpp16;

import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.chargers.ConnectorStatuses;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.StatusNotificationRequest;
import io.busbar.ocpp.v16.StatusNotificationResponse;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * OCPP 1.6 §4.9: connectorId n is EVSE n (connector 1), connectorId 0 the charge point itself. Error codes,
 * vendor ids and vendor error codes are kept verbatim for the fault log.
 */
@Component("ocpp16StatusNotification")
class StatusNotificationHandler implements InboundHandler<StatusNotificationRequest, StatusNotificationResponse> {
    private final ConnectorStatuses statuses;
    private final Clock clock;

    StatusNotificationHandler(ConnectorStatuses statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public Action<StatusNotificationRequest, StatusNotificationResponse> action() {
        return Ocpp16.STATUS_NOTIFICATION;
    }

    @Override
    public StatusNotificationResponse handle(ChargerContext charger, StatusNotificationRequest request) {
        int evse = request.connectorId();
        statuses.report(new ConnectorStatusReport(Ocpp16Mapping.identity(charger), evse, evse == 0 ? 0 : 1,
                Ocpp16Mapping.connectorStatus(request.status()), Ocpp16Mapping.literal(request.errorCode()),
                request.vendorId(), request.vendorErrorCode(), request.info(),
                request.timestamp() == null ? clock.instant() : request.timestamp()));
        return new StatusNotificationResponse();
    }
}
