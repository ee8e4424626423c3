package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.GetReport;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ComponentCriterion;
import io.busbar.ocpp.v201.ComponentVariable;
import io.busbar.ocpp.v201.GetReportRequest;
import io.busbar.ocpp.v201.GetReportResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.Variable;
import org.springframework.stereotype.Component;

import java.util.List;

/** OCPP 2.0.1 B08 GetReport; empty lists are left out (the schema wants at least one item when present). */
@Component("ocpp201GetReportMapping")
class GetReportMapping implements CommandMapping<GetReport, CommandStatus, GetReportRequest, GetReportResponse> {
    @Override
    public Class<GetReport> command() {
        return GetReport.class;
    }

    @Override
    public Action<GetReportRequest, GetReportResponse> action() {
        return Ocpp201.GET_REPORT;
    }

    @Override
    public GetReportRequest request(GetReport command) {
        List<ComponentVariable> variables = command.componentVariables().stream()
                .map(ref -> new ComponentVariable(DeviceModelMapping.component(ref),
                        ref.variable() == null ? null : new Variable(ref.variable(), ref.variableInstance())))
                .toList();
        List<ComponentCriterion> criteria = command.componentCriteria().stream()
                .map(c -> DeviceModelMapping.literal(ComponentCriterion.class, c, "componentCriteria")).toList();
        return new GetReportRequest(variables.isEmpty() ? null : variables, command.requestId(),
                criteria.isEmpty() ? null : criteria);
    }

    @Override
    public CommandStatus result(GetReportResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
