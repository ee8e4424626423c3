package io.busbar.devicemodel;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One setting in a charger's inventory. {@code name} is the common name (e.g. HeartbeatInterval) when the setting
 * has one, else null; {@code raw} the 1.6 key or the 2.0.1 variable's text form ({@link VariableRef#text()}), with
 * {@code :AttributeType} appended for attributes other than Actual. 1.6 keys have only {@code key}, value and
 * mutability (ReadOnly or ReadWrite); 2.0.1 variables add characteristics when the charger reports them.
 */
public record Setting(String name, String raw, String key, VariableRef variable, String attributeType, String value,
                      String mutability, Boolean persistent, Boolean constant, String unit, String dataType,
                      BigDecimal minLimit, BigDecimal maxLimit, String valuesList, Instant reportedAt) {
}
