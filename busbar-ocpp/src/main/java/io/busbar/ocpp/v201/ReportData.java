package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/**
 * OCPP 2.0.1 {@code ReportDataType}. Class to report components, variables and variable attributes and
 * characteristics.
 */
public record ReportData(
        @Required Component component,
        @Required Variable variable,
        @Required @MinItems(1) @MaxItems(4) List<VariableAttribute> variableAttribute,
        VariableCharacteristics variableCharacteristics) {
}
