package io.busbar.ocpp;

import tools.jackson.databind.JsonNode;

import java.util.Comparator;

/** JSON equality as a receiver sees it: numbers compare by value, so {@code 12.0} equals {@code 12}. */
public final class SameJson {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SameJson() {
    }

    public static boolean equivalent(JsonNode actual, JsonNode expected) {
        return actual.equals(NUMBERS_BY_VALUE, expected);
    }

    public static void assertEquivalent(JsonNode actual, JsonNode expected) {
        if (!equivalent(actual, expected)) {
            throw new AssertionError("Expected JSON " + expected + "\n but was      " + actual);
        }
    }
}
