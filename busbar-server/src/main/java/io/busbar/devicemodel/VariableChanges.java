package io.busbar.devicemodel;

import java.util.List;

/** A 2.0.1 charger's answer to {@link SetVariables}, one entry per variable set. */
public record VariableChanges(List<VariableChange> variables) {
    public VariableChanges {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /**
     * {@code status} is the charger's attributeStatus: Accepted, Rejected, UnknownComponent, UnknownVariable,
     * NotSupportedAttributeType or RebootRequired (stored, takes effect after a reboot).
     */
    public record VariableChange(VariableRef variable, String attributeType, String status, String reasonCode,
                                 String additionalInfo) {
    }
}
