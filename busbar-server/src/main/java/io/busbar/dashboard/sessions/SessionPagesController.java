package io.busbar.dashboard.sessions;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.DayRange;
import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Charging sessions: the filtered list (first page, then "more" by the API's {@code next} cursor; active rows refresh
 * themselves), one session with its timeline, price breakdown and power/energy chart, and the remote stop.
 */
@Controller
class SessionPagesController {
    static final int PAGE = 25;

    private final ConsoleApi api;
    private final SessionDetails details;

    SessionPagesController(ConsoleApi api, SessionDetails details) {
        this.api = api;
        this.details = details;
    }

    @GetMapping("/console/sessions")
    String list(@RequestParam Map<String, String> params, Model model) {
        Filter filter = Filter.of(params);
        model.addAttribute("filter", filter);
        if (filter.problem() != null) {
            model.addAttribute("problem", filter.problem());
            model.addAttribute("sessions", List.of());
            return "console/sessions/list";
        }
        page(filter, params.get("before"), model);
        return "console/sessions/list";
    }

    /** The next page's rows and a new "more" row, appended under the table by htmx. */
    @GetMapping("/console/sessions/more")
    String more(@RequestParam Map<String, String> params, Model model) {
        Filter filter = Filter.of(params);
        model.addAttribute("filter", filter);
        page(filter, params.get("before"), model);
        return "console/sessions/list :: rows";
    }

    /** One row, polled while the session is active (the answer for an ended session stops polling). */
    @GetMapping("/console/sessions/{id}/row")
    String row(@PathVariable UUID id, Model model) {
        model.addAttribute("s", api.object("/api/v1/sessions/" + id));
        return "console/sessions/parts :: row";
    }

    /** The cost cell of a row, loaded after the table so the list does not wait for every price. */
    @GetMapping("/console/sessions/{id}/cost-cell")
    String costCell(@PathVariable UUID id, Model model) {
        model.addAttribute("cost", details.cost(id).answer());
        return "console/sessions/parts :: cost";
    }

    @GetMapping("/console/sessions/{id}")
    String view(@PathVariable UUID id, Model model) {
        show(details.of(id, true), model);
        return "console/sessions/view";
    }

    private void show(SessionDetails.View view, Model model) {
        model.addAttribute("s", view.session());
        model.addAttribute("cost", view.cost().answer());
        model.addAttribute("costProblem", view.cost().problem());
        model.addAttribute("cdr", view.cdr());
        model.addAttribute("breakdown", view.breakdown());
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("charts", view.charts().charts());
        model.addAttribute("missingQuantities", view.charts().missing());
    }

    /** The facts and timeline of an active session, polled so the operator sees it progress (and end). */
    @GetMapping("/console/sessions/{id}/live")
    String live(@PathVariable UUID id, Model model) {
        show(details.of(id, false), model);
        return "console/sessions/view :: live";
    }

    @PostMapping("/console/sessions/{id}/stop")
    String stop(@PathVariable UUID id, @RequestParam(name = "_key", required = false) String key, Model model) {
        var answer = api.post("/api/v1/sessions/" + id + "/stop", null, key);
        String status = answer.path("status").asString("");
        show(details.of(id, false), model);
        model.addAttribute("notice", "Accepted".equalsIgnoreCase(status)
                ? "Stop sent: the charger accepted it; the session ends when the charger reports it"
                : "Stop sent: the charger answered " + status);
        return "console/sessions/view :: live";
    }

    private void page(Filter filter, String before, Model model) {
        Map<String, Object> query = new LinkedHashMap<>(filter.query());
        query.put("before", before);
        query.put("limit", PAGE);
        Map<String, Object> page = api.toMap(api.get("/api/v1/sessions", query));
        model.addAttribute("sessions", page.getOrDefault("items", List.of()));
        model.addAttribute("next", page.get("next"));
    }

    /**
     * The list's filters as typed. Dates are whole UTC days: "to" includes its day.
     *
     * @param problem a typed date that is not a date, explained like the API's problems
     */
    record Filter(String charger, String state, String from, String to, String token, ApiProblem problem) {
        static Filter of(Map<String, String> params) {
            String from = params.getOrDefault("from", "");
            String to = params.getOrDefault("to", "");
            ApiProblem problem = new DayRange(from, to).problem();
            return new Filter(params.getOrDefault("charger", "").trim(), params.getOrDefault("state", ""), from, to,
                    params.getOrDefault("token", "").trim(), problem);
        }

        Map<String, Object> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("chargerId", charger);
            query.put("state", state);
            query.put("idToken", token);
            DayRange days = new DayRange(from, to);
            query.put("from", days.start());
            query.put("to", days.endExclusive());
            return query;
        }

        /** The filters as a query string for the "more" link. */
        String queryString() {
            return "charger=" + encode(charger) + "&state=" + encode(state) + "&from=" + encode(from) + "&to="
                    + encode(to) + "&token=" + encode(token);
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
