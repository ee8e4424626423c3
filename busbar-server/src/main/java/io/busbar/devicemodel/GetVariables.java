package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;

import java.util.List;

/**
 * OCPP 2.0.1 GetVariables (B06): the {@code attributeType} (Actual when null; Target, MinSet, MaxSet) value of each
 * variable. The charger answers per variable.
 */
public record GetVariables(List<VariableRef> variables, String attributeType) implements ChargerCommand<VariableValues> {
    public GetVariables {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }
}
