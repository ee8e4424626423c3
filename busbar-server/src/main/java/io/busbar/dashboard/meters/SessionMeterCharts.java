package io.busbar.dashboard.meters;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meter charts of one session, the same on the charger and the session pages: its readings from
 * {@code GET /api/v1/sessions/{id}/meter-values}, turned by {@link SessionCharts} into power + SoC, energy (from the
 * session's meter start) and voltage + temperature, as the JSON console.js draws.
 */
@Component
public class SessionMeterCharts {
    private final ConsoleApi api;
    private final ObjectMapper json;

    SessionMeterCharts(ConsoleApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /**
     * @param charts  title → data-chart JSON, only the charts with readings
     * @param missing the quantities the charger did not send in this session (Temperature, SoC, …)
     */
    public record Shown(Map<String, String> charts, List<String> missing) {
        public static final Shown NONE = new Shown(Map.of(), List.of());
    }

    /** @param session the API's session (its {@code id} and, when known, {@code meterStartWh}) */
    public Shown of(Map<String, Object> session) {
        JsonNode answer = api.get("/api/v1/sessions/" + session.get("id") + "/meter-values", Map.of());
        List<MeterReading> readings = new ArrayList<>();
        answer.path("items").forEach(item -> MeterReading.of(item).ifPresent(readings::add));
        Object meterStart = session.get("meterStartWh");
        SessionCharts charts = SessionCharts.of(readings,
                meterStart instanceof Number number ? Long.valueOf(number.longValue()) : null);
        Map<String, String> shown = new LinkedHashMap<>();
        charts.all().stream().filter(chart -> !chart.isEmpty())
                .forEach(chart -> shown.put(chart.title(), json.writeValueAsString(chart)));
        return new Shown(shown, charts.missing().stream().map(MeterQuantity::label).toList());
    }
}
