package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;

/** A JSON integer as {@link Integer} or {@link Long}. */
record IntegralValue(boolean wide) implements ValueType {
    static final IntegralValue INT = new IntegralValue(false);
    static final IntegralValue LONG = new IntegralValue(true);

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        long value;
        if (node.isIntegralNumber()) {
            if (wide ? !node.canConvertToLong() : !node.canConvertToInt()) {
                throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION, "integer " + node.asString() + " is out of range");
            }
            value = node.longValue();
        } else if (node.isNumber()) {
            value = wholeNumber(node);
        } else {
            throw TypeMismatch.expected("integer", node);
        }
        constraints.checkRange(value, RpcError.PROPERTY_CONSTRAINT_VIOLATION);
        return wide ? (Object) value : (Object) (int) value;
    }

    /**
     * Accepts a fraction-less decimal such as {@code 3.0}: JSON Schema draft-06 (used by the 2.0.1 schemas) counts
     * it as an integer, and some firmware writes every number that way. A real fraction is a type error.
     */
    private long wholeNumber(JsonNode node) {
        double asDouble = node.doubleValue();
        if (!Double.isFinite(asDouble)) {
            throw TypeMismatch.expected("integer", node);
        }
        BigDecimal decimal = node.decimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw TypeMismatch.expected("integer", node);
        }
        if (decimal.compareTo(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE)) < 0
                || decimal.compareTo(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE)) > 0) {
            throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION, "integer " + node.asString() + " is out of range");
        }
        return decimal.longValueExact();
    }

    @Override
    public JsonNode write(Object value) {
        return wide ? JsonNodeFactory.instance.numberNode((long) (Long) value)
                : JsonNodeFactory.instance.numberNode((int) (Integer) value);
    }

    @Override
    public void check(Object value, Constraints constraints) {
        constraints.checkRange(((Number) value).longValue(), RpcError.INTERNAL_ERROR);
    }
}
