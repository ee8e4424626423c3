package io.busbar.devicemodel;

import java.util.List;

/** A 2.0.1 charger's answer to {@link GetVariables}, one entry per requested variable. */
public record VariableValues(List<VariableValue> variables) {
    public VariableValues {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /**
     * {@code status} is the charger's attributeStatus: Accepted (then {@code value} is set), Rejected,
     * UnknownComponent, UnknownVariable or NotSupportedAttributeType.
     */
    public record VariableValue(VariableRef variable, String attributeType, String status, String value,
                                String reasonCode, String additionalInfo) {
        public boolean accepted() {
            return "Accepted".equals(status);
        }
    }
}
