package io.busbar.dashboard.billing;

import io.busbar.dashboard.ApiProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of the CDR and invoice lists as typed: an account and whole UTC days (the "to" day included, so the
 * API's exclusive {@code to} is the next midnight).
 *
 * @param problem a date that is not one, explained under its field like the API's problems
 */
record PeriodFilter(String accountId, String from, String to, ApiProblem problem) {

    static PeriodFilter of(Map<String, String> params) {
        String from = params.getOrDefault("from", "").trim();
        String to = params.getOrDefault("to", "").trim();
        Map<String, String> errors = new LinkedHashMap<>();
        check("from", from, errors);
        check("to", to, errors);
        return new PeriodFilter(params.getOrDefault("accountId", "").trim(), from, to, errors.isEmpty() ? null
                : new ApiProblem(400, "The filter is not valid", "Dates are written as 2026-11-27", errors));
    }

    Map<String, Object> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("accountId", accountId);
        query.put("from", from.isBlank() ? null : LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant());
        query.put("to", to.isBlank() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return query;
    }

    /** The filters as a query string, for the next page's link. */
    String queryString() {
        return "accountId=" + encode(accountId) + "&from=" + encode(from) + "&to=" + encode(to);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
