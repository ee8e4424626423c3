package io.busbar.ocpp.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A JSON boolean as {@link Boolean}. */
record BooleanValue() implements ValueType {
    static final BooleanValue INSTANCE = new BooleanValue();

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isBoolean()) {
            throw TypeMismatch.expected("boolean", node);
        }
        return node.booleanValue();
    }

    @Override
    public JsonNode write(Object value) {
        return JsonNodeFactory.instance.booleanNode((Boolean) value);
    }

    @Override
    public void check(Object value, Constraints constraints) {
    }
}
