package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;

/** Builds the TypeConstraintViolation for a node of the wrong JSON type. */
final class TypeMismatch {
    private TypeMismatch() {
    }

    static Violation expected(String jsonType, JsonNode actual) {
        return new Violation(RpcError.TYPE_CONSTRAINT_VIOLATION, "expected " + jsonType + " but got " + describe(actual));
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer " + node.asString();
        }
        if (node.isNumber()) {
            return "number " + node.asString();
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase();
    }
}
