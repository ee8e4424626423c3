package io.busbar.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** Any JSON value kept as a tree, for opaque fields such as DataTransfer {@code data}. */
record TreeValue() implements ValueType {
    static final TreeValue INSTANCE = new TreeValue();

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        return node;
    }

    @Override
    public JsonNode write(Object value) {
        return (JsonNode) value;
    }

    @Override
    public void check(Object value, Constraints constraints) {
    }
}
