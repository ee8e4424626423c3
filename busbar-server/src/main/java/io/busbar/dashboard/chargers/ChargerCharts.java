package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.meters.SessionMeterCharts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;

/**
 * The meter charts of a charger's current or most recent session: the session from
 * {@code GET /api/v1/sessions?chargerId=…} (newest first), its charts from {@link SessionMeterCharts}.
 */
@Component
class ChargerCharts {
    private final ConsoleApi api;
    private final SessionMeterCharts meterCharts;

    ChargerCharts(ConsoleApi api, SessionMeterCharts meterCharts) {
        this.api = api;
        this.meterCharts = meterCharts;
    }

    /** Adds {@code chartSession} (or null; {@code session} is Thymeleaf's HTTP session), {@code charts} (title → data-chart JSON) and {@code missingQuantities}. */
    void addTo(String identity, Model model) {
        List<Map<String, Object>> latest = api.items("/api/v1/sessions", Map.of("chargerId", identity, "limit", 1));
        Map<String, Object> session = latest.isEmpty() ? null : latest.getFirst();
        model.addAttribute("chartSession", session);
        SessionMeterCharts.Shown shown = session == null ? SessionMeterCharts.Shown.NONE : meterCharts.of(session);
        model.addAttribute("charts", shown.charts());
        model.addAttribute("missingQuantities", shown.missing());
    }
}
