package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A JSON array as an unmodifiable {@link List}; its items may not be null. */
record ListValue(ValueType item) implements ValueType {

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isArray()) {
            throw TypeMismatch.expected("array", node);
        }
        int size = node.size();
        constraints.checkItems(size, RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
        Object[] items = new Object[size];
        for (int i = 0; i < size; i++) {
            JsonNode element = node.get(i);
            try {
                if (element.isNull()) {
                    throw TypeMismatch.expected("an item", element);
                }
                items[i] = item.read(element, constraints);
            } catch (Violation violation) {
                throw violation.at(i);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    @Override
    public JsonNode write(Object value) {
        List<?> list = (List<?>) value;
        ArrayNode array = JsonNodeFactory.instance.arrayNode(list.size());
        for (Object element : list) {
            array.add(element == null ? JsonNodeFactory.instance.nullNode() : item.write(element));
        }
        return array;
    }

    @Override
    public void check(Object value, Constraints constraints) {
        List<?> list = (List<?>) value;
        constraints.checkItems(list.size(), RpcError.INTERNAL_ERROR);
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            try {
                if (element == null) {
                    throw new Violation(RpcError.INTERNAL_ERROR, "null item");
                }
                item.check(element, constraints);
            } catch (Violation violation) {
                throw violation.at(i);
            }
        }
    }

    @Override
    public void resolve(Set<Class<?>> visited) {
        item.resolve(visited);
    }
}
