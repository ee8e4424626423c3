package io.busbar.ocpp201;

import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.GetVariables;
import io.busbar.devicemodel.VariableValues;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.AttributeType;
import io.busbar.ocpp.v201.GetVariableData;
import io.busbar.ocpp.v201.GetVariableResult;
import io.busbar.ocpp.v201.GetVariablesRequest;
import io.busbar.ocpp.v201.GetVariablesResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 B06 GetVariables: one result per variable (attributeStatus as the station sent it). */
@Component("ocpp201GetVariablesMapping")
class GetVariablesMapping implements CommandMapping<GetVariables, VariableValues, GetVariablesRequest, GetVariablesResponse> {
    @Override
    public Class<GetVariables> command() {
        return GetVariables.class;
    }

    @Override
    public Action<GetVariablesRequest, GetVariablesResponse> action() {
        return Ocpp201.GET_VARIABLES;
    }

    @Override
    public GetVariablesRequest request(GetVariables command) {
        AttributeType type = DeviceModelMapping.literal(AttributeType.class, command.attributeType(), "attributeType");
        return new GetVariablesRequest(command.variables().stream()
                .map(ref -> new GetVariableData(type, DeviceModelMapping.component(ref), DeviceModelMapping.variable(ref)))
                .toList());
    }

    @Override
    public VariableValues result(GetVariablesResponse response) {
        return new VariableValues(response.getVariableResult().stream().map(GetVariablesMapping::value).toList());
    }

    private static VariableValues.VariableValue value(GetVariableResult r) {
        var info = r.attributeStatusInfo();
        return new VariableValues.VariableValue(DeviceModelMapping.ref(r.component(), r.variable()),
                Ocpp201Mapping.literal(r.attributeType()), Ocpp201Mapping.literal(r.attributeStatus()),
                r.attributeValue(), info == null ? null : info.reasonCode(), info == null ? null : info.additionalInfo());
    }
}
