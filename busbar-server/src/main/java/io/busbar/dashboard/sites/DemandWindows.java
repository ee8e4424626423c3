package io.busbar.dashboard.sites;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Today's demand windows for the site's chart, from the per-minute load samples ({@code GET /sites/{id}/load}: the
 * energy of each minute): a window's average power is its energy × 60 / window minutes. Windows are aligned to the
 * hour like the API's demand tracking (e.g. :00-:15).
 */
final class DemandWindows {
    private DemandWindows() {
    }

    /** The chart declaration console.js draws (x: window starts in epoch seconds; kW; the cap dashed if set). */
    static Map<String, Object> chart(List<JsonNode> samples, int windowMinutes, BigDecimal capKw) {
        long windowSeconds = windowMinutes * 60L;
        TreeMap<Long, BigDecimal> energy = new TreeMap<>();
        for (JsonNode sample : samples) {
            Instant minute = Instant.parse(sample.path("minute").asString());
            long window = Math.floorDiv(minute.getEpochSecond(), windowSeconds) * windowSeconds;
            BigDecimal kwh = sample.path("energyKwh").isNumber() ? sample.path("energyKwh").decimalValue() : BigDecimal.ZERO;
            energy.merge(window, kwh, BigDecimal::add);
        }
        List<Long> x = new ArrayList<>(energy.keySet());
        List<BigDecimal> kw = energy.values().stream().map(kwh -> kwh.multiply(BigDecimal.valueOf(60))
                .divide(BigDecimal.valueOf(windowMinutes), 2, RoundingMode.HALF_UP)).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("label", windowMinutes + "-min demand", "unit", "kW", "values", kw));
        if (capKw != null) {
            series.add(Map.of("label", "Cap", "unit", "kW", "values", x.stream().map(at -> capKw).toList(),
                    "dash", List.of(6, 4)));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", x);
        chart.put("series", series);
        chart.put("height", 200);
        return chart;
    }
}
