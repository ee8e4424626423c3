package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;

import java.util.List;

/** OCPP 2.0.1 SetVariables (B05): sets each variable's attribute; the charger answers per variable. */
public record SetVariables(List<Assignment> variables) implements ChargerCommand<VariableChanges> {
    public SetVariables {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /** {@code attributeType}: Actual when null; Target, MinSet, MaxSet. */
    public record Assignment(VariableRef variable, String value, String attributeType) {
    }
}
