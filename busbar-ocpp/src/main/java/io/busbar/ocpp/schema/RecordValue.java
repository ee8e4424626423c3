package io.busbar.ocpp.schema;

import tools.jackson.databind.JsonNode;

import java.util.Set;

/** A JSON object as a nested record; its shape is looked up lazily so records may refer to each other. */
record RecordValue(Class<?> type) implements ValueType {

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isObject()) {
            throw TypeMismatch.expected("object", node);
        }
        return RecordShape.of(type).read(node);
    }

    @Override
    public JsonNode write(Object value) {
        return RecordShape.of(type).write(value);
    }

    @Override
    public void check(Object value, Constraints constraints) {
        RecordShape.of(type).check(value);
    }

    @Override
    public void resolve(Set<Class<?>> visited) {
        if (visited.add(type)) {
            RecordShape.of(type).resolve(visited);
        }
    }
}
