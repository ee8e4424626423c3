package io.busbar.dashboard.uptime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The period an uptime report covers, as the operator picked it: the last 24 hours, 7 or 30 days up to now, or
 * whole UTC days from one date to another (both included).
 *
 * @param choice   "24h", "7d", "30d" or "custom"
 * @param fromDate the custom start date as typed ("" otherwise)
 * @param toDate   the custom end date as typed ("" otherwise)
 * @param from   start, inclusive
 * @param to     end, exclusive
 * @param errors per field ("from", "to") when a custom period is not one; then from/to are the last 24 hours
 */
public record UptimePeriod(String choice, String fromDate, String toDate, Instant from, Instant to,
                           Map<String, String> errors) {
    public static final String DEFAULT = "24h";

    public UptimePeriod {
        errors = Map.copyOf(errors);
    }

    /** The period picked; an unknown choice means the default. */
    public static UptimePeriod of(String choice, String fromDate, String toDate, Clock clock) {
        Instant now = clock.instant();
        String picked = choice == null || choice.isBlank() ? DEFAULT : choice;
        return switch (picked) {
            case "7d" -> last(picked, Duration.ofDays(7), now);
            case "30d" -> last(picked, Duration.ofDays(30), now);
            case "custom" -> custom(text(fromDate), text(toDate), now);
            default -> last(DEFAULT, Duration.ofHours(24), now);
        };
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private static UptimePeriod last(String choice, Duration length, Instant now) {
        return new UptimePeriod(choice, "", "", now.minus(length), now, Map.of());
    }

    private static UptimePeriod custom(String fromDate, String toDate, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date("from", fromDate, errors);
        LocalDate to = date("to", toDate, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "is before the start");
        }
        if (!errors.isEmpty()) {
            return new UptimePeriod("custom", fromDate, toDate, now.minus(Duration.ofHours(24)), now, errors);
        }
        return new UptimePeriod("custom", fromDate, toDate, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), Map.of());
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value.isBlank()) {
            errors.put(field, "is required for a custom period");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "is not a date (2026-11-27)");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
