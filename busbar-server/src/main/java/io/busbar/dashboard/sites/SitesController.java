package io.busbar.dashboard.sites;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.ConsoleSession;
import io.busbar.dashboard.overview.EvseCategory;
import io.busbar.dashboard.overview.NetworkStatusReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sites list and a site's view: its electrical tree with the load per line against every limit, the allocation
 * per EVSE and why, today's demand peak and windows, and its chargers. The live parts are polled by htmx.
 */
@Controller
class SitesController {
    /** Chargers whose details (firmware, statuses) a site view reads; a larger site shows the rest as a link. */
    static final int CHARGER_DETAILS = 100;
    /** Per-minute samples of a day: 1,440 at most, in pages of the API's maximum 500. */
    static final int LOAD_PAGES = 4;

    private final ConsoleApi api;
    private final NetworkStatusReader network;
    private final ObjectMapper json;
    private final Clock clock;

    SitesController(ConsoleApi api, NetworkStatusReader network, ObjectMapper json, Clock clock) {
        this.api = api;
        this.network = network;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/console/sites")
    String sites(Model model) {
        model.addAttribute("network", network.readWithChargers(api.as(ConsoleSession.current())));
        model.addAttribute("categories", List.of(EvseCategory.values()));
        return "console/sites/list";
    }

    @GetMapping("/console/sites/{id}")
    String site(@PathVariable UUID id, Model model) {
        Map<String, Object> site = api.object("/api/v1/sites/" + id);
        model.addAttribute("site", site);
        live(id, model);
        chargers(id, model);
        model.addAttribute("demandChart", demandChart(id, site, model));
        return "console/sites/site";
    }

    @GetMapping("/console/sites/{id}/live")
    String liveFragment(@PathVariable UUID id, Model model) {
        live(id, model);
        return "console/sites/site :: live";
    }

    @GetMapping("/console/sites/{id}/chargers")
    String chargersFragment(@PathVariable UUID id, Model model) {
        chargers(id, model);
        return "console/sites/site :: chargers";
    }

    private void live(UUID id, Model model) {
        model.addAttribute("siteId", id);
        JsonNode topology = orNull(() -> api.get("/api/v1/sites/" + id + "/topology"));
        if (topology == null) {
            model.addAttribute("managed", false);
            return;
        }
        JsonNode allocation = orNull(() -> api.get("/api/v1/sites/" + id + "/allocation"));
        JsonNode demand = orNull(() -> api.get("/api/v1/sites/" + id + "/demand"));
        JsonNode document = topology.path("document");
        model.addAttribute("managed", true);
        model.addAttribute("topology", api.toMap(topology));
        model.addAttribute("nodes", SiteLoadTree.of(document, allocation == null ? json.createObjectNode() : allocation));
        model.addAttribute("allocation", allocation == null ? Map.of() : api.toMap(allocation));
        model.addAttribute("allocations", allocation == null ? List.of() : allocationRows(document, allocation));
        model.addAttribute("demand", demand == null ? Map.of() : api.toMap(demand));
    }

    /** One row per EVSE: the API's fields plus the watts the limit allows and the reason in words. */
    private List<Map<String, Object>> allocationRows(JsonNode document, JsonNode allocation) {
        BigDecimal lineToNeutral = document.path("lineToNeutralV").isNumber() ? document.path("lineToNeutralV").decimalValue()
                : BigDecimal.valueOf(230);
        BigDecimal lineToLine = document.path("lineToLineV").isNumber() ? document.path("lineToLineV").decimalValue()
                : BigDecimal.valueOf(400);
        Map<String, String> wiring = new LinkedHashMap<>();
        document.path("evses").forEach(evse -> wiring.put(evse.path("charger").asString() + "#"
                + evse.path("evseId").asInt(1), evse.path("wiring").path("type").asString("THREE_PHASE")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode evse : allocation.path("evses")) {
            Map<String, Object> row = new LinkedHashMap<>(api.toMap(evse));
            String type = wiring.getOrDefault(evse.path("charger").asString() + "#" + evse.path("evseId").asInt(),
                    "THREE_PHASE");
            if (evse.path("limitA").isNumber()) {
                int phases = evse.path("phases").isNumber() ? evse.path("phases").asInt() : 1;
                // A line-to-line EVSE's current flows between two lines at the line-to-line voltage.
                BigDecimal volts = type.equals("LINE_TO_LINE") ? lineToLine : lineToNeutral;
                row.put("limitW", evse.path("limitA").decimalValue().multiply(volts)
                        .multiply(BigDecimal.valueOf(type.equals("THREE_PHASE") ? phases : 1)));
            }
            row.put("reasonText", LimitReasons.describe(row.get("reason"), row.get("constraint")));
            rows.add(row);
        }
        return rows;
    }

    private void chargers(UUID id, Model model) {
        model.addAttribute("siteId", id);
        List<Map<String, Object>> listed = api.items("/api/v1/chargers", Map.of("siteId", id, "limit", CHARGER_DETAILS));
        List<Map<String, Object>> detailed = new ArrayList<>();
        for (Map<String, Object> charger : listed) {
            detailed.add(api.object("/api/v1/chargers/" + charger.get("identity")));
        }
        Map<String, String> availability = new LinkedHashMap<>();
        api.get("/api/v1/availability", Map.of("siteId", id)).path("items").forEach(evse -> availability.put(
                evse.path("chargerId").asString() + "#" + evse.path("evseId").asInt(), evse.path("availability").asString()));
        model.addAttribute("chargers", detailed);
        model.addAttribute("availability", availability);
        model.addAttribute("moreChargers", listed.size() >= CHARGER_DETAILS);
    }

    /** Today's windows (in the site's time zone) from the per-minute load; null without a topology. */
    private String demandChart(UUID id, Map<String, Object> site, Model model) {
        if (!Boolean.TRUE.equals(model.getAttribute("managed"))) {
            return null;
        }
        Map<?, ?> demand = (Map<?, ?>) model.getAttribute("demand");
        int windowMinutes = demand != null && demand.get("windowMinutes") instanceof Number n ? n.intValue() : 15;
        BigDecimal cap = demand != null && demand.get("capKw") != null ? new BigDecimal(String.valueOf(demand.get("capKw"))) : null;
        Instant now = clock.instant();
        Instant startOfDay = now.atZone(zone(site.get("timeZone"))).toLocalDate().atStartOfDay(zone(site.get("timeZone")))
                .toInstant();
        List<JsonNode> samples = new ArrayList<>();
        String after = null;
        for (int page = 0; page < LOAD_PAGES; page++) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("from", startOfDay.toString());
            query.put("to", now.toString());
            query.put("limit", 500);
            if (after != null) {
                query.put("after", after);
            }
            JsonNode answer = api.get("/api/v1/sites/" + id + "/load", query);
            answer.path("items").forEach(samples::add);
            after = answer.path("next").isString() ? answer.path("next").asString() : null;
            if (after == null) {
                break;
            }
        }
        return json.writeValueAsString(DemandWindows.chart(samples, windowMinutes, cap));
    }

    private static ZoneId zone(Object name) {
        try {
            return name == null ? ZoneOffset.UTC : ZoneId.of(String.valueOf(name));
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The answer, or null when the API says there is none (404: the site has no topology yet). */
    private static JsonNode orNull(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }
}
