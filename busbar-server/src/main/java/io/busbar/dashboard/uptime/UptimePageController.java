package io.busbar.dashboard.uptime;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Uptime against the SLA target per site and per EVSE over a picked period ({@code GET /api/v1/uptime}), the
 * self-healing playbook runs, and the maintenance tickets still open.
 */
@Controller
class UptimePageController {
    /** Runs shown; each is read again for its steps, which the list leaves out. */
    static final int RUNS = 10;
    /** Tickets read to find the open ones: the API filters by one state at a time. */
    static final int TICKETS = 200;
    static final Set<String> CLOSED_TICKETS = Set.of("RESOLVED", "CLOSED");

    private final ConsoleApi api;
    private final Clock clock;

    UptimePageController(ConsoleApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @GetMapping("/console/uptime")
    String uptime(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, Model model) {
        UptimePeriod picked = UptimePeriod.of(period, from, to, clock);
        model.addAttribute("period", picked);
        if (!picked.valid()) {
            model.addAttribute("problem", new ApiProblem(400, "The period is not valid",
                    "Showing the last 24 hours instead", picked.errors()));
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", picked.from());
        query.put("to", picked.to());
        model.addAttribute("report", api.object("/api/v1/uptime", query));
        model.addAttribute("siteNames", siteNames());
        model.addAttribute("runs", api.items("/api/v1/playbook-runs", Map.of("limit", RUNS)).stream()
                .map(run -> api.object("/api/v1/playbook-runs/" + run.get("id"))).toList());
        model.addAttribute("tickets", api.items("/api/v1/tickets", Map.of("limit", TICKETS)).stream()
                .filter(ticket -> !CLOSED_TICKETS.contains(String.valueOf(ticket.get("state")))).toList());
        return "console/uptime/uptime";
    }

    private Map<String, String> siteNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, Object>> sites = api.items("/api/v1/sites");
        sites.forEach(site -> names.put(String.valueOf(site.get("id")), String.valueOf(site.get("name"))));
        return names;
    }
}
