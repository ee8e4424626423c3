package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * API keys: the list (never their values), a form to create one with chosen scopes, revoke. A new key's value is
 * shown once, in the answer to the form (an htmx swap: reloading the page shows the list without it). Creation is
 * sent without an Idempotency-Key on purpose: the API keeps a keyed request's answer to replay it, and that answer
 * would hold the key in clear.
 */
@Controller
class ApiKeysSection {
    private static final String PAGE = "console/admin/api-keys";
    private final ConsoleApi api;

    ApiKeysSection(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/admin/api-keys")
    String page(Model model) {
        AdminTab.API_KEYS.show(model);
        form("", List.of(), model);
        model.addAttribute("keys", api.items("/api/v1/api-keys"));
        return PAGE;
    }

    @PostMapping("/console/admin/api-keys")
    String create(@RequestParam(defaultValue = "") String name,
                  @RequestParam(name = "scopes", required = false) List<String> scopes, Model model) {
        AdminTab.API_KEYS.show(model);
        List<String> chosen = scopes == null ? List.of() : scopes;
        try {
            if (chosen.isEmpty()) {
                // The API would make an admin key of a request without scopes: least privilege asks for a choice.
                throw new ApiProblem(400, "Choose the key's scopes", "Tick at least one scope; a key gets only what it needs.",
                        Map.of("scopes", "choose at least one"));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("scopes", chosen);
            JsonNode created = api.post("/api/v1/api-keys", body);
            model.addAttribute("createdKey", api.toMap(created));
            model.addAttribute("secret", created.path("key").asString());
            form("", List.of(), model);
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model);
            form(name, chosen, model);
        }
        model.addAttribute("keys", api.items("/api/v1/api-keys"));
        return PAGE + " :: created";
    }

    @PostMapping("/console/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable UUID id, Model model) {
        AdminTab.API_KEYS.show(model);
        api.delete("/api/v1/api-keys/" + id);
        model.addAttribute("keys", api.items("/api/v1/api-keys"));
        return PAGE + " :: revoked";
    }

    private static void form(String name, List<String> chosen, Model model) {
        Me me = (Me) model.getAttribute("me");
        model.addAttribute("name", name);
        model.addAttribute("chosen", chosen);
        model.addAttribute("areas", ScopeChoices.offeredTo(me));
        model.addAttribute("adminOffered", ScopeChoices.adminOffered(me));
    }
}
