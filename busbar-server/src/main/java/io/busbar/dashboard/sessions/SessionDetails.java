package io.busbar.dashboard.sessions;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.meters.SessionMeterCharts;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the session page shows, gathered from the API: the session, its cost (or why there is none), its CDR
 * ({@code GET /api/v1/cdrs?sessionId=}), the wallet debit of its account, and its meter charts.
 */
@Component
class SessionDetails {
    /** How many ledger entries are searched for the session's debit (the API cannot filter entries by reference). */
    static final int LEDGER_SEARCH = 500;

    private final ConsoleApi api;
    private final SessionMeterCharts meterCharts;

    SessionDetails(ConsoleApi api, SessionMeterCharts meterCharts) {
        this.api = api;
        this.meterCharts = meterCharts;
    }

    /** The cost answer, or the API's explanation why there is none (no tariff applies, say). */
    record Cost(Map<String, Object> answer, ApiProblem problem) {
    }

    record View(Map<String, Object> session, Cost cost, Map<String, Object> cdr, Map<String, Object> breakdown,
                SessionTimeline timeline, SessionMeterCharts.Shown charts) {
    }

    /** @param withChart whether to read the meter values for the chart (the live part polled every few seconds does not) */
    View of(UUID id, boolean withChart) {
        Map<String, Object> session = api.object("/api/v1/sessions/" + id);
        Cost cost = cost(id);
        Map<String, Object> cdr = cdr(id);
        // The CDR is the final word once issued; before, the running (or final) cost.
        Map<String, Object> breakdown = cdr != null ? cdr : map(cost.answer() == null ? null : cost.answer().get("breakdown"));
        Map<String, Object> debit = cdr == null || cdr.get("accountId") == null ? null
                : debit(String.valueOf(cdr.get("accountId")), id);
        SessionTimeline timeline = SessionTimeline.of(session, list(breakdown == null ? null : breakdown.get("periods")),
                cdr, debit);
        SessionMeterCharts.Shown charts = withChart ? meterCharts.of(session) : SessionMeterCharts.Shown.NONE;
        return new View(session, cost, cdr, breakdown, timeline, charts);
    }

    Cost cost(UUID id) {
        try {
            return new Cost(api.object("/api/v1/sessions/" + id + "/cost"), null);
        } catch (ApiProblem problem) {
            if (problem.status() == 404 || problem.status() >= 500) {
                throw problem;
            }
            return new Cost(null, problem);
        }
    }

    private Map<String, Object> cdr(UUID session) {
        List<Map<String, Object>> cdrs = api.items("/api/v1/cdrs", Map.of("sessionId", session));
        return cdrs.isEmpty() ? null : cdrs.getFirst();
    }

    private Map<String, Object> debit(String account, UUID session) {
        try {
            return api.items("/api/v1/accounts/" + account + "/wallet/entries", Map.of("limit", LEDGER_SEARCH)).stream()
                    .filter(entry -> "SESSION_CHARGE".equals(entry.get("kind"))
                            && session.toString().equals(String.valueOf(entry.get("reference"))))
                    .findFirst().orElse(null);
        } catch (ApiProblem problem) {
            // A role without the payments scope still sees the rest of the session.
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
