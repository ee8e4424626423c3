package io.busbar.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list filter's "from" and "to" days as typed (ISO dates, whole UTC days, "to" including its day), for the API's
 * {@code from} (inclusive) and {@code to} (exclusive) instants. Blank means not filtered.
 */
public record DayRange(String from, String to) {
    /**
     * What is wrong with the typed days, explained under their fields like the API's problems; null when nothing.
     */
    public ApiProblem problem() {
        Map<String, String> errors = new LinkedHashMap<>();
        check("from", from, errors);
        check("to", to, errors);
        return errors.isEmpty() ? null
                : new ApiProblem(400, "The filter is not valid", "Dates are written as 2026-11-27", errors);
    }

    /** The start of the "from" day, or null. */
    public Instant start() {
        return from.isBlank() ? null : LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The midnight after the "to" day, or null. */
    public Instant endExclusive() {
        return to.isBlank() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void check(String name, String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, "is not a date (2026-11-27)");
        }
    }
}
