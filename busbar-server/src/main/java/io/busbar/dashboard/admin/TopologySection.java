package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A site's electrical topology: the tree as it is stored, and the document to edit as JSON
 * ({@code PUT /api/v1/sites/{id}/topology}, validated as a whole). The API's findings are listed by field path
 * ({@code evses[1].parent}) above the text, which keeps what the operator wrote.
 */
@Controller
class TopologySection {
    private static final String PAGE = "console/admin/topology";
    private final ConsoleApi api;
    private final ObjectMapper json;

    TopologySection(ConsoleApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping("/console/admin/topology")
    String page(@RequestParam(required = false) String site, @RequestParam(required = false) Integer saved, Model model) {
        AdminTab.TOPOLOGY.show(model);
        String chosen = choose(site, model);
        model.addAttribute("saved", saved);
        if (chosen != null) {
            JsonNode stored = stored(chosen);
            model.addAttribute("stored", stored != null ? api.toMap(stored) : null);
            model.addAttribute("tree", stored != null ? TopologyTree.of(stored.path("document")) : List.of());
            model.addAttribute("document", pretty(stored != null ? stored.path("document") : starter(chosen)));
        }
        return PAGE;
    }

    @PostMapping("/console/admin/topology")
    String save(@RequestParam String site, @RequestParam(defaultValue = "") String document, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        AdminTab.TOPOLOGY.show(model);
        try {
            JsonNode saved = api.put("/api/v1/sites/" + site + "/topology", parse(document));
            redirect.addAttribute("site", site);
            redirect.addAttribute("saved", saved.path("revision").asInt());
            return "redirect:/console/admin/topology";
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model, response);
        }
        choose(site, model);
        JsonNode stored = stored(site);
        model.addAttribute("stored", stored != null ? api.toMap(stored) : null);
        model.addAttribute("tree", stored != null ? TopologyTree.of(stored.path("document")) : List.of());
        model.addAttribute("document", document);
        return PAGE;
    }

    private String choose(String site, Model model) {
        List<Map<String, Object>> sites = api.items("/api/v1/sites");
        model.addAttribute("sites", sites);
        String chosen = site != null && !site.isBlank() ? site
                : sites.isEmpty() ? null : String.valueOf(sites.getFirst().get("id"));
        model.addAttribute("site", chosen);
        return chosen;
    }

    private JsonNode stored(String site) {
        try {
            return api.get("/api/v1/sites/" + site + "/topology");
        } catch (ApiProblem problem) {
            if (problem.status() == 404 && problem.detail() != null && problem.detail().contains("no topology")) {
                return null;
            }
            throw problem;
        }
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JacksonException e) {
            throw new ApiProblem(400, "The document is not JSON", e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), Map.of("document", "is not valid JSON"));
        }
    }

    /** A first document for a site without topology: one grid connection and the site's chargers under it. */
    private JsonNode starter(String site) {
        ObjectNode document = json.createObjectNode();
        document.put("lineToNeutralV", 230).put("lineToLineV", 400);
        ObjectNode grid = document.putObject("grid").put("id", "grid");
        grid.putObject("limits").put("l1", 63).put("l2", 63).put("l3", 63);
        ArrayNode evses = document.putArray("evses");
        api.items("/api/v1/chargers", Map.of("siteId", site, "limit", 100)).forEach(charger -> {
            ObjectNode evse = evses.addObject().put("charger", String.valueOf(charger.get("identity")))
                    .put("evseId", 1).put("parent", "grid").put("maxCurrentA", 32).put("minCurrentA", 6);
            evse.putObject("wiring").put("type", "THREE_PHASE");
        });
        return document;
    }

    private String pretty(JsonNode node) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
