package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A JSON string that must be one of an enum's spec literals. */
record EnumValue(EnumLiterals<?> literals) implements ValueType {

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isString()) {
            throw TypeMismatch.expected("string", node);
        }
        Object constant = literals.get(node.asString());
        if (constant == null) {
            throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION, Violation.quote(node.asString())
                    + " is not a " + literals.type().getSimpleName() + " (one of " + String.join(", ", literals.literals()) + ")");
        }
        return constant;
    }

    @Override
    public JsonNode write(Object value) {
        return JsonNodeFactory.instance.stringNode(literals.literalOf((Enum<?>) value));
    }

    @Override
    public void check(Object value, Constraints constraints) {
    }
}
