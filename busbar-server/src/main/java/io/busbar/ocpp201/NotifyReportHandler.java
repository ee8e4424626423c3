package io.busbar.ocpp201;

import io.busbar.devicemodel.DeviceReports;
import io.busbar.devicemodel.ReportPart;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.NotifyReportRequest;
import io.busbar.ocpp.v201.NotifyReportResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.ReportData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * B07/B08 NotifyReport: each part is stored before it is acknowledged; the last one (tbc false) completes the
 * charger's inventory. A variable Busbar cannot name (e.g. parentheses in a name) is skipped, not the report.
 */
@Component("ocpp201NotifyReport")
class NotifyReportHandler implements InboundHandler<NotifyReportRequest, NotifyReportResponse> {
    private static final Logger log = LoggerFactory.getLogger(NotifyReportHandler.class);
    private final DeviceReports reports;

    NotifyReportHandler(DeviceReports reports) {
        this.reports = reports;
    }

    @Override
    public Action<NotifyReportRequest, NotifyReportResponse> action() {
        return Ocpp201.NOTIFY_REPORT;
    }

    @Override
    public NotifyReportResponse handle(ChargerContext charger, NotifyReportRequest request) {
        List<ReportPart.ReportedVariable> variables = new ArrayList<>();
        for (ReportData data : request.reportData() == null ? List.<ReportData>of() : request.reportData()) {
            try {
                variables.add(DeviceModelMapping.reported(data));
            } catch (IllegalArgumentException e) {
                log.warn("Charger {} report {}: skipped {}.{}: {}", charger.identity(), request.requestId(),
                        data.component().name(), data.variable().name(), e.getMessage());
            }
        }
        // tbc defaults to false (OCPP 2.0.1 NotifyReportRequest): a part without it is the last.
        reports.received(Ocpp201Mapping.identity(charger), new ReportPart(request.requestId(), request.seqNo(),
                Boolean.TRUE.equals(request.tbc()), request.generatedAt(), variables));
        return new NotifyReportResponse();
    }
}
