package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Id tokens (RFID cards and the like): the list by value, a search, a form to add one, block and unblock per row.
 * The API lists tokens only in value order from a cursor ({@code after}); the search is therefore the exact value
 * plus the values that start with what was typed, read from that point of the order.
 */
@Controller
class TokensSection {
    static final List<String> TYPES = List.of("ISO14443", "ISO15693", "EMAID", "CENTRAL", "LOCAL", "KEY_CODE",
            "MAC_ADDRESS", "NO_AUTHORIZATION");
    private static final int PAGE_SIZE = 50;
    private static final String PAGE = "console/admin/tokens";
    private final ConsoleApi api;

    TokensSection(ConsoleApi api) {
        this.api = api;
    }

    record TokenForm(String value, String type, String label, String groupId) {
        static TokenForm empty() {
            return new TokenForm("", "ISO14443", "", "");
        }
    }

    @GetMapping("/console/admin/tokens")
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String after,
                @RequestParam(required = false) String created, Model model) {
        model.addAttribute("created", created);
        return page(q.strip(), after, TokenForm.empty(), model);
    }

    @PostMapping("/console/admin/tokens")
    String create(@ModelAttribute TokenForm form, @RequestParam("_key") String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("value", form.value() == null ? "" : form.value().strip());
            body.put("type", form.type());
            putIfPresent(body, "label", form.label());
            putIfPresent(body, "groupId", form.groupId());
            api.post("/api/v1/id-tokens", body, key);
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model, response);
            return page("", null, form, model);
        }
        redirect.addAttribute("created", form.value().strip());
        redirect.addAttribute("q", form.value().strip());
        return "redirect:/console/admin/tokens";
    }

    @PostMapping("/console/admin/tokens/block")
    String block(@RequestParam String value, Model model) {
        return row(value, true, model);
    }

    @PostMapping("/console/admin/tokens/unblock")
    String unblock(@RequestParam String value, Model model) {
        return row(value, false, model);
    }

    private String row(String value, boolean blocked, Model model) {
        AdminTab.TOKENS.show(model);
        model.addAttribute("token", api.toMap(api.patch("/api/v1/id-tokens/" + value, Map.of("blocked", blocked))));
        return PAGE + " :: row";
    }

    private String page(String q, String after, TokenForm form, Model model) {
        AdminTab.TOKENS.show(model);
        model.addAttribute("q", q);
        model.addAttribute("form", form);
        model.addAttribute("types", TYPES);
        if (q.isEmpty()) {
            JsonNode page = api.get("/api/v1/id-tokens", Map.of("limit", PAGE_SIZE, "after", after == null ? "" : after));
            model.addAttribute("tokens", api.toMap(page).getOrDefault("items", List.of()));
            model.addAttribute("next", page.path("next").asString(null));
        } else {
            model.addAttribute("tokens", search(q));
        }
        return PAGE;
    }

    private List<Map<String, Object>> search(String q) {
        List<Map<String, Object>> found = new ArrayList<>();
        try {
            found.add(api.object("/api/v1/id-tokens/" + q));
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        api.items("/api/v1/id-tokens", Map.of("after", q, "limit", PAGE_SIZE)).stream()
                .filter(token -> String.valueOf(token.get("value")).startsWith(q))
                .forEach(found::add);
        return found;
    }

    private static void putIfPresent(Map<String, Object> body, String name, String value) {
        String present = FormProblem.blankToNull(value);
        if (present != null) {
            body.put(name, present);
        }
    }
}
