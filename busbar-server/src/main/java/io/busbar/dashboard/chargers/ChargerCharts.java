package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meter charts of a charger's current or most recent session: the session from
 * {@code GET /api/v1/sessions?chargerId=…} (newest first), its readings from {@code …/meter-values}, drawn by
 * console.js from the JSON {@link SessionCharts} makes.
 */
@Component
class ChargerCharts {
    private final ConsoleApi api;
    private final ObjectMapper json;

    ChargerCharts(ConsoleApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /** Adds {@code chartSession} (or null; {@code session} is Thymeleaf's HTTP session), {@code charts} (title → data-chart JSON) and {@code missingQuantities}. */
    void addTo(String identity, Model model) {
        List<Map<String, Object>> latest = api.items("/api/v1/sessions", Map.of("chargerId", identity, "limit", 1));
        Map<String, Object> session = latest.isEmpty() ? null : TemplateMaps.of(latest.getFirst());
        model.addAttribute("chartSession", session);
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        if (session != null) {
            JsonNode answer = api.get("/api/v1/sessions/" + session.get("id") + "/meter-values", Map.of());
            List<MeterReading> readings = new ArrayList<>();
            answer.path("items").forEach(item -> MeterReading.of(item).ifPresent(readings::add));
            Object meterStart = session.get("meterStartWh");
            SessionCharts charts = SessionCharts.of(readings,
                    meterStart instanceof Number number ? Long.valueOf(number.longValue()) : null);
            charts.all().stream().filter(chart -> !chart.isEmpty())
                    .forEach(chart -> shown.put(chart.title(), json.writeValueAsString(chart)));
            charts.missing().forEach(quantity -> missing.add(quantity.label()));
        }
        model.addAttribute("charts", shown);
        model.addAttribute("missingQuantities", missing);
    }
}
