package io.busbar.ocpp.v201;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares two JSON trees by what they mean to an OCPP peer: numbers by value ({@code 16}, {@code 16.0} and
 * {@code 1.6E1} are equal), date-times by instant ({@code 10:00:00Z} and {@code 10:00:00.000Z} are equal),
 * object members in any order, array items in order.
 */
final class JsonSemantics {

    private JsonSemantics() {
    }

    /** The paths where the trees differ; empty when they mean the same. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": missing, expected " + expected);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isString() && actual.isString()) {
            if (!expected.asString().equals(actual.asString()) && !sameInstant(expected.asString(), actual.asString())) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                compare(path + "." + member.getKey(), member.getValue(), actual.get(member.getKey()), out);
            }
            for (String name : actual.propertyNames()) {
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": unexpected " + actual.get(name));
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " items but was " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return Instant.parse(a).equals(Instant.parse(b));
        } catch (DateTimeParseException notDateTimes) {
            return false;
        }
    }
}
