package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook subscriptions: the list, a form to subscribe (its signing secret shown once in the answer), and per
 * subscription its recent deliveries, a test ping, secret rotation (the new secret shown once) and removal.
 * Creation and rotation carry no Idempotency-Key: the API would keep their answers, secrets included, to replay.
 */
@Controller
class WebhooksSection {
    /** The event types the API documents for subscriptions (it has no operation that lists them). */
    static final List<String> EVENT_TYPES = List.of("charger.online", "charger.offline", "charger.status",
            "session.started", "session.updated", "session.ended", "cdr.issued", "alert.raised", "fault.opened",
            "fault.closed");
    private static final String PAGE = "console/admin/webhooks";
    private static final String DETAIL = "console/admin/webhook";
    private final ConsoleApi api;

    WebhooksSection(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/admin/webhooks")
    String page(@RequestParam(required = false) String removed, Model model) {
        AdminTab.WEBHOOKS.show(model);
        model.addAttribute("removed", removed);
        form("", List.of(), "", model);
        model.addAttribute("hooks", api.items("/api/v1/webhooks"));
        return PAGE;
    }

    @PostMapping("/console/admin/webhooks")
    String create(@RequestParam(defaultValue = "") String url,
                  @RequestParam(name = "eventTypes", required = false) List<String> eventTypes,
                  @RequestParam(defaultValue = "") String description, Model model) {
        AdminTab.WEBHOOKS.show(model);
        List<String> chosen = eventTypes == null ? List.of() : eventTypes;
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("url", url.strip());
            body.put("eventTypes", chosen);
            if (!description.isBlank()) {
                body.put("description", description.strip());
            }
            JsonNode created = api.post("/api/v1/webhooks", body);
            model.addAttribute("createdHook", api.toMap(created));
            model.addAttribute("secret", created.path("secret").asString());
            form("", List.of(), "", model);
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model);
            form(url, chosen, description, model);
        }
        model.addAttribute("hooks", api.items("/api/v1/webhooks"));
        return PAGE + " :: created";
    }

    @GetMapping("/console/admin/webhooks/{id}")
    String detail(@PathVariable UUID id, Model model) {
        AdminTab.WEBHOOKS.show(model);
        model.addAttribute("hook", api.object("/api/v1/webhooks/" + id));
        deliveries(id, model);
        return DETAIL;
    }

    @GetMapping("/console/admin/webhooks/{id}/deliveries")
    String deliveriesFragment(@PathVariable UUID id, Model model) {
        AdminTab.WEBHOOKS.show(model);
        model.addAttribute("hook", Map.of("id", id.toString()));
        deliveries(id, model);
        return DETAIL + " :: deliveries";
    }

    @PostMapping("/console/admin/webhooks/{id}/test")
    String test(@PathVariable UUID id, Model model) {
        AdminTab.WEBHOOKS.show(model);
        api.post("/api/v1/webhooks/" + id + "/test", null);
        model.addAttribute("hook", Map.of("id", id.toString()));
        model.addAttribute("pinged", true);
        deliveries(id, model);
        return DETAIL + " :: deliveries";
    }

    @PostMapping("/console/admin/webhooks/{id}/rotate-secret")
    String rotate(@PathVariable UUID id, Model model) {
        AdminTab.WEBHOOKS.show(model);
        model.addAttribute("secret", api.post("/api/v1/webhooks/" + id + "/rotate-secret", null).path("secret").asString());
        return DETAIL + " :: rotated";
    }

    @PostMapping("/console/admin/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, Model model) {
        AdminTab.WEBHOOKS.show(model);
        Map<String, Object> hook = api.object("/api/v1/webhooks/" + id);
        api.delete("/api/v1/webhooks/" + id);
        return "redirect:/console/admin/webhooks?removed="
                + UriUtils.encodeQueryParam(String.valueOf(hook.get("url")), StandardCharsets.UTF_8);
    }

    private void deliveries(UUID id, Model model) {
        List<Map<String, Object>> deliveries = api.items("/api/v1/webhooks/" + id + "/deliveries", Map.of("limit", 20));
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("anyPending", deliveries.stream().anyMatch(d -> "PENDING".equals(d.get("state"))));
    }

    private static void form(String url, List<String> chosen, String description, Model model) {
        model.addAttribute("url", url);
        model.addAttribute("chosen", chosen);
        model.addAttribute("description", description);
        model.addAttribute("eventTypes", EVENT_TYPES);
    }
}
