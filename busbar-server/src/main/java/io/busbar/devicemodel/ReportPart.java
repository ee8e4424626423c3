package io.busbar.devicemodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One NotifyReport message of a 2.0.1 charger (B07/B08), version-neutral: part {@code seqNo} (from 0) of report
 * {@code requestId}; {@code tbc} ("to be continued") is true on every part but the last.
 */
public record ReportPart(int requestId, int seqNo, boolean tbc, Instant generatedAt, List<ReportedVariable> variables) {
    public ReportPart {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /** A variable with its attributes (1 to 4: Actual, Target, MinSet, MaxSet) and characteristics (may be null). */
    public record ReportedVariable(VariableRef variable, List<ReportedAttribute> attributes, String unit,
                                   String dataType, BigDecimal minLimit, BigDecimal maxLimit, String valuesList) {
        public ReportedVariable {
            attributes = attributes == null ? List.of() : List.copyOf(attributes);
        }
    }

    /** {@code type} Actual when the charger left it out; {@code mutability} ReadOnly, WriteOnly or ReadWrite. */
    public record ReportedAttribute(String type, String value, String mutability, Boolean persistent,
                                    Boolean constant) {
    }
}
