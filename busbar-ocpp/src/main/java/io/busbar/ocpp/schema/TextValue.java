package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A JSON string as {@link String}; {@code @MaxLength} counts characters (the CiStringNType of 1.6). */
record TextValue() implements ValueType {
    static final TextValue INSTANCE = new TextValue();

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isString()) {
            throw TypeMismatch.expected("string", node);
        }
        String value = node.asString();
        constraints.checkLength(value, RpcError.PROPERTY_CONSTRAINT_VIOLATION);
        return value;
    }

    @Override
    public JsonNode write(Object value) {
        return JsonNodeFactory.instance.stringNode((String) value);
    }

    @Override
    public void check(Object value, Constraints constraints) {
        constraints.checkLength((String) value, RpcError.INTERNAL_ERROR);
    }
}
