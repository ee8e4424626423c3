package io.busbar.dashboard.bulk;

import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk jobs: the list with a progress bar per job and a job with its chargers. While a job runs, its part of the
 * page asks for itself again every refresh interval (htmx polling) and stops asking once nothing runs.
 */
@Controller
class BulkJobsPages {
    private static final int JOBS_SHOWN = 20;
    private static final int ITEMS_SHOWN = 100;
    private final ConsoleApi api;

    BulkJobsPages(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/bulk-jobs")
    String list(@RequestParam(required = false) String after, Model model) {
        jobs(after, model);
        return "console/bulk/list";
    }

    @GetMapping("/console/bulk-jobs/rows")
    String rows(@RequestParam(required = false) String after, Model model) {
        jobs(after, model);
        return "console/bulk/list :: rows";
    }

    @GetMapping("/console/bulk-jobs/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) String outcome, Model model) {
        live(id, outcome, model);
        return "console/bulk/job";
    }

    @GetMapping("/console/bulk-jobs/{id}/live")
    String liveFragment(@PathVariable UUID id, @RequestParam(required = false) String outcome, Model model) {
        live(id, outcome, model);
        return "console/bulk/job :: live";
    }

    @PostMapping("/console/bulk-jobs/{id}/cancel")
    String cancel(@PathVariable UUID id, Model model) {
        api.post("/api/v1/bulk-jobs/" + id + "/cancel", null);
        model.addAttribute("notice", "Cancelled: chargers not yet started are skipped; running ones finish.");
        live(id, null, model);
        return "console/bulk/job :: live";
    }

    @PostMapping("/console/bulk-jobs/{id}/retry")
    String retry(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome, Model model) {
        Map<String, Object> body = outcome.isBlank() ? Map.of() : Map.of("outcomes", List.of(outcome));
        api.post("/api/v1/bulk-jobs/" + id + "/retry", body);
        model.addAttribute("notice", "Retrying the failed chargers.");
        live(id, null, model);
        return "console/bulk/job :: live";
    }

    private void jobs(String after, Model model) {
        JsonNode page = api.get("/api/v1/bulk-jobs", Map.of("limit", JOBS_SHOWN, "after", after == null ? "" : after));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) api.toMap(page).getOrDefault("items", List.of());
        List<BulkJobView> jobs = items.stream().map(BulkJobView::of).toList();
        model.addAttribute("jobs", jobs);
        model.addAttribute("anyRunning", jobs.stream().anyMatch(BulkJobView::running));
        model.addAttribute("next", page.path("next").asString(null));
        model.addAttribute("after", after);
        model.addAttribute("mayStart", ((Me) model.getAttribute("me")).mayWrite("bulk"));
    }

    private void live(UUID id, String outcome, Model model) {
        BulkJobView job = BulkJobView.of(api.object("/api/v1/bulk-jobs/" + id));
        model.addAttribute("view", job);
        model.addAttribute("outcome", outcome == null ? "" : outcome);
        JsonNode items = api.get("/api/v1/bulk-jobs/" + id + "/items", Map.of("outcome", outcome == null ? "" : outcome,
                "limit", ITEMS_SHOWN));
        model.addAttribute("items", api.toMap(items).getOrDefault("items", List.of()));
        model.addAttribute("moreItems", items.path("next").asString(null) != null);
        model.addAttribute("mayChange", ((Me) model.getAttribute("me")).mayWrite("bulk"));
    }
}
