package io.busbar.api.billing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows: CRLF line ends; a field holding a comma, quote or line break is quoted, with its quotes doubled.
 * Values are written with {@code toString()}: BigDecimal via {@code toPlainString()} (a decimal point, no exponent),
 * Instants as ISO-8601 UTC; null is an empty field.
 */
final class Csv {
    private Csv() {
    }

    static String row(Object... values) {
        return Arrays.stream(values).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
