package io.busbar.ocpp201;

import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.chargers.ConnectorStatuses;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.StatusNotificationRequest;
import io.busbar.ocpp.v201.StatusNotificationResponse;
import org.springframework.stereotype.Component;

/** G01: connector status. 2.0.1 carries no error code here: faults come through NotifyEvent. */
@Component("ocpp201StatusNotification")
class StatusNotificationHandler implements InboundHandler<StatusNotificationRequest, StatusNotificationResponse> {
    private final ConnectorStatuses statuses;

    StatusNotificationHandler(ConnectorStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Action<StatusNotificationRequest, StatusNotificationResponse> action() {
        return Ocpp201.STATUS_NOTIFICATION;
    }

    @Override
    public StatusNotificationResponse handle(ChargerContext charger, StatusNotificationRequest request) {
        statuses.report(new ConnectorStatusReport(Ocpp201Mapping.identity(charger), request.evseId(),
                request.connectorId(), Ocpp201Mapping.connectorStatus(request.connectorStatus()), null, null, null,
                null, request.timestamp()));
        return new StatusNotificationResponse();
    }
}
