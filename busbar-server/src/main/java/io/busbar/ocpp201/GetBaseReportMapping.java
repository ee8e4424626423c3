package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.GetBaseReport;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.GetBaseReportRequest;
import io.busbar.ocpp.v201.GetBaseReportResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.ReportBase;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 B07 GetBaseReport; the report itself arrives as NotifyReport. */
@Component("ocpp201GetBaseReportMapping")
class GetBaseReportMapping implements CommandMapping<GetBaseReport, CommandStatus, GetBaseReportRequest, GetBaseReportResponse> {
    @Override
    public Class<GetBaseReport> command() {
        return GetBaseReport.class;
    }

    @Override
    public Action<GetBaseReportRequest, GetBaseReportResponse> action() {
        return Ocpp201.GET_BASE_REPORT;
    }

    @Override
    public GetBaseReportRequest request(GetBaseReport command) {
        if (command.reportBase() == null) {
            throw new InvalidCommandException("reportBase is required: ConfigurationInventory, FullInventory or SummaryInventory");
        }
        return new GetBaseReportRequest(command.requestId(),
                DeviceModelMapping.literal(ReportBase.class, command.reportBase(), "reportBase"));
    }

    @Override
    public CommandStatus result(GetBaseReportResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
