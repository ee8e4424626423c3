package io.busbar.dashboard.billing;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.DayRange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        return new PeriodFilter(params.getOrDefault("accountId", "").trim(), from, to, new DayRange(from, to).problem());
    }

    Map<String, Object> query() {
        DayRange days = new DayRange(from, to);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("accountId", accountId);
        query.put("from", days.start());
        query.put("to", days.endExclusive());
        return query;
    }

    /** The filters as a query string, for the next page's link. */
    String queryString() {
        return "accountId=" + encode(accountId) + "&from=" + encode(from) + "&to=" + encode(to);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
