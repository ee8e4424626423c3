package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;

/** A JSON number (integer or with a fraction) as {@link BigDecimal}, so amounts never pass through binary floats. */
record DecimalValue() implements ValueType {
    static final DecimalValue INSTANCE = new DecimalValue();

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isNumber()) {
            throw TypeMismatch.expected("number", node);
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION, "number " + node.asString() + " is out of range");
        }
        BigDecimal value = node.decimalValue();
        constraints.checkRange(value, RpcError.PROPERTY_CONSTRAINT_VIOLATION);
        return value;
    }

    @Override
    public JsonNode write(Object value) {
        BigDecimal decimal = (BigDecimal) value;
        // A negative scale (1E+3) would be written with an exponent; the schemas' readers expect plain digits.
        return JsonNodeFactory.instance.numberNode(decimal.scale() < 0 ? decimal.setScale(0) : decimal);
    }

    @Override
    public void check(Object value, Constraints constraints) {
        constraints.checkRange((BigDecimal) value, RpcError.INTERNAL_ERROR);
    }
}
