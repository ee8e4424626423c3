package io.busbar.dashboard.overview;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.ConsoleProperties;
import io.busbar.dashboard.ConsoleSession;
import io.busbar.dashboard.Me;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network overview, the first page after sign-in: EVSE counts per operator category (live, by server-sent
 * events), a map and a table of the sites, and what needs a human now (raised alerts, open error faults).
 */
@Controller
class OverviewController {
    /** Raised alerts and open faults shown at most; the rest is one click away in the charger pages. */
    static final int ATTENTION_LIMIT = 50;

    private final ConsoleApi api;
    private final NetworkStatusReader reader;
    private final CountsFragment fragment;
    private final OverviewStreams streams;
    private final ConsoleProperties properties;
    private final ObjectMapper json;

    OverviewController(ConsoleApi api, NetworkStatusReader reader, CountsFragment fragment, OverviewStreams streams,
                       ConsoleProperties properties, ObjectMapper json) {
        this.api = api;
        this.reader = reader;
        this.fragment = fragment;
        this.streams = streams;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping({"/console", "/console/"})
    String overview(HttpServletRequest request, Model model) {
        NetworkStatus network = reader.read(api.as(ConsoleSession.current()));
        model.addAllAttributes(CountsFragment.variables(network, request.getContextPath()));
        model.addAttribute("mapJson", mapJson(network, request.getContextPath()));
        attention(model);
        return "console/overview";
    }

    /** The live counts as server-sent events (event {@code counts}: the fragment's HTML), see {@link OverviewStreams}. */
    @GetMapping(path = "/console/overview/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request) {
        ConsoleSession session = ConsoleSession.current();
        String first;
        try {
            first = fragment.render(reader.read(api.as(session)), request.getContextPath());
        } catch (ApiProblem passing) {
            // A briefly failing API must not fail the stream (the browser would back off): the first tick sends.
            // A refused session is not an ApiProblem: it signs the operator out here, before any event.
            first = null;
        }
        return streams.start(session, request.getContextPath(), first);
    }

    /** The attention list alone, polled by the page. */
    @GetMapping("/console/overview/attention")
    String attentionFragment(Model model) {
        attention(model);
        return "console/overview :: attention";
    }

    /** Someone is on it: escalation stops (the API ignores a repeat). */
    @PostMapping("/console/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable String id, @RequestParam(name = "_key", required = false) String key,
                       Model model) {
        Me me = (Me) model.getAttribute("me");
        String by = me == null ? "console" : (me.name() == null || me.name().isBlank() ? me.email() : me.name());
        api.post("/api/v1/alerts/" + id + "/acknowledge", Map.of("by", by), key);
        attention(model);
        model.addAttribute("notice", "Alert acknowledged");
        return "console/overview :: acknowledged";
    }

    private void attention(Model model) {
        Me me = (Me) model.getAttribute("me");
        boolean alerts = me == null || me.mayRead("alerts");
        boolean faults = me == null || me.mayRead("faults");
        // RAISED = nobody has acknowledged it yet; ACKNOWLEDGED ones have someone on them already.
        model.addAttribute("alerts", alerts ? api.items("/api/v1/alerts",
                Map.of("state", "RAISED", "limit", ATTENTION_LIMIT)) : List.of());
        // ERROR or worse is what makes an EVSE out of order (see DriverAvailability); warnings can wait.
        model.addAttribute("faults", faults ? api.items("/api/v1/faults",
                Map.of("open", true, "minSeverity", "ERROR", "limit", ATTENTION_LIMIT)) : List.of());
        model.addAttribute("mayAcknowledge", me != null && me.mayWrite("alerts"));
    }

    private String mapJson(NetworkStatus network, String contextPath) {
        List<Map<String, Object>> sites = network.sites().stream().filter(SiteStatus::hasLocation).map(site -> {
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("name", site.name());
            marker.put("lat", site.latitude());
            marker.put("lon", site.longitude());
            marker.put("url", contextPath + "/console/sites/" + site.id());
            marker.put("label", site.counts().summary());
            marker.put("state", site.counts().worst());
            return marker;
        }).toList();
        return json.writeValueAsString(Map.of("tiles", properties.mapTiles(), "attribution",
                properties.mapAttribution(), "sites", sites));
    }
}
