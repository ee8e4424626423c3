package io.busbar.devicemodel.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The type of a setting's value as the specs define it, to check a value and compare two. */
enum ValueKind {
    /** Non-negative whole number (intervals in seconds, attempts). */
    INTEGER,
    BOOLEAN,
    /** Comma-separated list (1.6 CSL, 2.0.1 MemberList/SequenceList), e.g. measurands. */
    LIST,
    TEXT;

    /** Why {@code value} cannot be a value of this kind, or null when it can. */
    String problem(String value) {
        return switch (this) {
            case INTEGER -> value.matches("\\d{1,9}") ? null : "must be a whole number of at least 0";
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : "must be true or false";
            case LIST, TEXT -> null;
        };
    }

    /** Whether two values mean the same: numbers by value, booleans and lists ignoring case and spaces. */
    boolean same(String desired, String reported) {
        if (desired == null || reported == null) {
            return desired == null && reported == null;
        }
        String a = desired.trim();
        String b = reported.trim();
        return switch (this) {
            case INTEGER -> numeric(a) && numeric(b) ? new BigDecimal(a).compareTo(new BigDecimal(b)) == 0 : a.equals(b);
            case BOOLEAN -> a.equalsIgnoreCase(b);
            case LIST -> members(a).equals(members(b));
            case TEXT -> a.equals(b);
        };
    }

    /** The kind a 2.0.1 dataType implies (for settings without a common name). */
    static ValueKind ofDataType(String dataType) {
        if (dataType == null) {
            return TEXT;
        }
        return switch (dataType) {
            case "integer" -> INTEGER;
            case "boolean" -> BOOLEAN;
            case "MemberList", "SequenceList" -> LIST;
            default -> TEXT;
        };
    }

    private static boolean numeric(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    private static List<String> members(String value) {
        return Arrays.stream(value.split(",")).map(m -> m.trim().toLowerCase(Locale.ROOT)).filter(m -> !m.isEmpty())
                .toList();
    }
}
