package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One charger: facts and live connector states on every tab, and one tab at a time of overview (meter charts of
 * the latest session), commands, status history, faults and configuration, so a page asks the API only for what it
 * shows.
 */
@Controller
@RequestMapping("/console/chargers/{identity}")
class ChargerViewController {
    static final Set<String> TABS = Set.of("overview", "commands", "history", "faults", "configuration");
    static final int RECENT_COMMANDS = 20;

    private final ConsoleApi api;
    private final ChargerCharts charts;

    ChargerViewController(ConsoleApi api, ChargerCharts charts) {
        this.api = api;
        this.charts = charts;
    }

    @GetMapping({"", "/"})
    String view(@PathVariable String identity, @RequestParam(defaultValue = "overview") String tab,
                @RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "") String before,
                Model model) {
        String shown = TABS.contains(tab) ? tab : "overview";
        Map<String, Object> charger = live(identity, model);
        model.addAttribute("tab", shown);
        model.addAttribute("siteName", siteName(charger));
        switch (shown) {
            case "commands" -> commands(identity, model);
            case "history" -> model.addAttribute("presence",
                    api.items(ChargerPath.of(identity, "presence"), Map.of("limit", 100)));
            case "faults" -> faults(identity, before, model);
            case "configuration" -> configuration(identity, after, model);
            default -> charts.addTo(identity, model);
        }
        return "console/chargers/view";
    }

    /** Facts and connector states, polled by the page. */
    @GetMapping("/live")
    String liveFragment(@PathVariable String identity, Model model) {
        Map<String, Object> charger = live(identity, model);
        model.addAttribute("siteName", siteName(charger));
        return "console/chargers/view :: live";
    }

    @GetMapping("/charts")
    String chartsFragment(@PathVariable String identity, Model model) {
        charts.addTo(identity, model);
        return "console/chargers/view :: charts";
    }

    @GetMapping("/commands/recent")
    String recentCommands(@PathVariable String identity, Model model) {
        model.addAttribute("identity", identity);
        model.addAttribute("recent", api.items(ChargerPath.of(identity, "commands"),
                Map.of("limit", RECENT_COMMANDS)));
        return "console/chargers/commands :: recent";
    }

    private Map<String, Object> live(String identity, Model model) {
        Map<String, Object> charger = api.object(ChargerPath.of(identity));
        model.addAttribute("identity", identity);
        model.addAttribute("charger", charger);
        return charger;
    }

    private String siteName(Map<String, Object> charger) {
        Object siteId = charger.get("siteId");
        if (siteId == null) {
            return null;
        }
        try {
            return String.valueOf(api.object("/api/v1/sites/" + siteId).getOrDefault("name", siteId));
        } catch (ApiProblem e) {
            // The operator's role may not read sites: the id is still an answer.
            return String.valueOf(siteId);
        }
    }

    private void commands(String identity, Model model) {
        model.addAttribute("recent", api.items(ChargerPath.of(identity, "commands"),
                Map.of("limit", RECENT_COMMANDS)));
        List<Map<String, Object>> active = List.of();
        try {
            active = api.items("/api/v1/sessions", Map.of("chargerId", identity, "state", "ACTIVE", "limit", 20));
        } catch (ApiProblem e) {
            if (e.status() != 403) {
                throw e;
            }
        }
        model.addAttribute("activeSessions", active);
        model.addAttribute("firmwareImages", api.items("/api/v1/firmware", Map.of("limit", 50)));
    }

    private void faults(String identity, String before, Model model) {
        if (before.isBlank()) {
            model.addAttribute("openFaults", api.items(ChargerPath.of(identity, "faults"),
                    Map.of("open", true, "limit", 100)));
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("open", false);
        query.put("before", before);
        query.put("limit", 50);
        Map<String, Object> closed = api.object(ChargerPath.of(identity, "faults"), query);
        model.addAttribute("closedFaults", closed.getOrDefault("items", List.of()));
        model.addAttribute("closedNext", closed.get("next"));
    }

    private void configuration(String identity, String after, Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("after", after);
        query.put("limit", 100);
        Map<String, Object> settings = api.object(ChargerPath.of(identity, "settings"), query);
        model.addAttribute("settings", settings.getOrDefault("items", List.of()));
        model.addAttribute("settingsNext", settings.get("next"));
        model.addAttribute("drift", ChargerSettingsController.drift(api, identity));
    }
}
