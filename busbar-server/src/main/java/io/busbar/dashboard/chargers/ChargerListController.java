package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chargers list: filters by site, online state and registration (the API's {@code GET /api/v1/chargers}
 * parameters), first page and "more" rows by the API's cursor, approve/reject of pending chargers, and a jump to a
 * charger by its identity (the API has no text search over chargers).
 */
@Controller
@RequestMapping("/console/chargers")
class ChargerListController {
    /** The API's largest page. */
    static final int MOST = 500;

    private final ConsoleApi api;

    ChargerListController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping({"", "/"})
    String list(@RequestParam(defaultValue = "") String siteId, @RequestParam(defaultValue = "") String presence,
                @RequestParam(defaultValue = "") String registration, @RequestParam(defaultValue = "50") int limit,
                Model model) {
        model.addAttribute("siteId", siteId);
        model.addAttribute("presence", presence);
        model.addAttribute("registration", registration);
        java.util.List<Map<String, Object>> sites = api.items("/api/v1/sites", Map.of("limit", 500));
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", siteNames(sites));
        page(siteId, presence, registration, "", limit, model);
        return "console/chargers/list";
    }

    /** The next page's rows, appended in place of the "more" row. */
    @GetMapping("/rows")
    String rows(@RequestParam(defaultValue = "") String siteId, @RequestParam(defaultValue = "") String presence,
                @RequestParam(defaultValue = "") String registration, @RequestParam(defaultValue = "") String after,
                @RequestParam(defaultValue = "50") int limit, Model model) {
        page(siteId, presence, registration, after, limit, model);
        return "console/chargers/list :: rows";
    }

    @GetMapping("/find")
    String find(@RequestParam(defaultValue = "") String identity) {
        String wanted = identity.strip();
        if (wanted.isEmpty()) {
            return "redirect:/console/chargers";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/console/chargers/{identity}").encode()
                .buildAndExpand(wanted).toUriString();
    }

    @PostMapping("/{identity}/approve")
    String approve(@PathVariable String identity, Model model) {
        return row(api.post(ChargerPath.of(identity, "approve"), Map.of()), model);
    }

    @PostMapping("/{identity}/reject")
    String reject(@PathVariable String identity, Model model) {
        return row(api.post(ChargerPath.of(identity, "reject"), Map.of()), model);
    }

    private String row(JsonNode charger, Model model) {
        model.addAttribute("charger", api.toMap(charger));
        model.addAttribute("siteNames", siteNames(api.items("/api/v1/sites", Map.of("limit", 500))));
        return "console/chargers/row :: row";
    }

    private void page(String siteId, String presence, String registration, String after, int limit, Model model) {
        int size = Math.clamp(limit, 1, MOST);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("siteId", siteId);
        query.put("online", switch (presence) {
            case "online" -> "true";
            case "offline" -> "false";
            default -> "";
        });
        query.put("registration", registration);
        query.put("after", after);
        query.put("limit", size);
        JsonNode page = api.get("/api/v1/chargers", query);
        model.addAttribute("chargers", api.toMap(page).getOrDefault("items", java.util.List.of()));
        String next = page.path("next").asString(null);
        model.addAttribute("moreUrl", next == null ? null : UriComponentsBuilder.fromPath("/console/chargers/rows")
                .queryParam("siteId", siteId).queryParam("presence", presence)
                .queryParam("registration", registration).queryParam("after", next).queryParam("limit", size)
                .encode().toUriString());
        if (!model.containsAttribute("siteNames")) {
            model.addAttribute("siteNames", siteNames(api.items("/api/v1/sites", Map.of("limit", 500))));
        }
    }

    static Map<String, String> siteNames(java.util.List<Map<String, Object>> sites) {
        Map<String, String> names = new LinkedHashMap<>();
        sites.forEach(site -> names.put(String.valueOf(site.get("id")), String.valueOf(site.get("name"))));
        return names;
    }
}
