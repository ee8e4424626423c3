package io.busbar.ocpp201;

import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.SetVariables;
import io.busbar.devicemodel.VariableChanges;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.AttributeType;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.SetVariableData;
import io.busbar.ocpp.v201.SetVariableResult;
import io.busbar.ocpp.v201.SetVariablesRequest;
import io.busbar.ocpp.v201.SetVariablesResponse;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 B05 SetVariables: one result per variable (attributeStatus as the station sent it). */
@Component("ocpp201SetVariablesMapping")
class SetVariablesMapping implements CommandMapping<SetVariables, VariableChanges, SetVariablesRequest, SetVariablesResponse> {
    @Override
    public Class<SetVariables> command() {
        return SetVariables.class;
    }

    @Override
    public Action<SetVariablesRequest, SetVariablesResponse> action() {
        return Ocpp201.SET_VARIABLES;
    }

    @Override
    public SetVariablesRequest request(SetVariables command) {
        return new SetVariablesRequest(command.variables().stream().map(a -> new SetVariableData(
                DeviceModelMapping.literal(AttributeType.class, a.attributeType(), "attributeType"), a.value(),
                DeviceModelMapping.component(a.variable()), DeviceModelMapping.variable(a.variable()))).toList());
    }

    @Override
    public VariableChanges result(SetVariablesResponse response) {
        return new VariableChanges(response.setVariableResult().stream().map(SetVariablesMapping::change).toList());
    }

    private static VariableChanges.VariableChange change(SetVariableResult r) {
        var info = r.attributeStatusInfo();
        return new VariableChanges.VariableChange(DeviceModelMapping.ref(r.component(), r.variable()),
                Ocpp201Mapping.literal(r.attributeType()), Ocpp201Mapping.literal(r.attributeStatus()),
                info == null ? null : info.reasonCode(), info == null ? null : info.additionalInfo());
    }
}
