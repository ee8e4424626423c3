package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.Me;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tariffs: the list (latest version of each), a form for a simple tariff (price per kWh, per charging minute, idle
 * fee per minute after a grace period), and assignment to a site, EVSE or token group.
 */
@Controller
class TariffsSection {
    private static final String PAGE = "console/admin/tariffs";
    private final ConsoleApi api;

    TariffsSection(ConsoleApi api) {
        this.api = api;
    }

    record AssignForm(String tariffId, String scope, String target) {
        static AssignForm empty() {
            return new AssignForm("", "SITE", "");
        }
    }

    @GetMapping("/console/admin/tariffs")
    String page(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return page(SimpleTariffForm.empty(), AssignForm.empty(), model);
    }

    @PostMapping("/console/admin/tariffs")
    String create(@ModelAttribute SimpleTariffForm form, @RequestParam("_key") String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            api.post("/api/v1/tariffs", form.toTariff(), key);
        } catch (ApiProblem problem) {
            FormProblem.show(form.explain(problem), model, response, "tariffProblem");
            return page(form, AssignForm.empty(), model);
        }
        redirect.addAttribute("done", "Tariff " + form.id().strip() + " created");
        return "redirect:/console/admin/tariffs";
    }

    @PostMapping("/console/admin/tariffs/assignments")
    String assign(@ModelAttribute AssignForm form, @RequestParam("_key") String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("tariffId", Objects.requireNonNullElse(form.tariffId(), ""));
            body.put("scope", Objects.requireNonNullElse(form.scope(), ""));
            body.put("target", Objects.requireNonNullElse(form.target(), "").strip());
            api.post("/api/v1/tariff-assignments", body, key);
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model, response, "assignProblem");
            return page(SimpleTariffForm.empty(), form, model);
        }
        redirect.addAttribute("done", "Tariff " + form.tariffId() + " assigned to " + form.target().strip());
        return "redirect:/console/admin/tariffs";
    }

    private String page(SimpleTariffForm tariff, AssignForm assign, Model model) {
        AdminTab.TARIFFS.show(model);
        List<Map<String, Object>> tariffs = api.items("/api/v1/tariffs", Map.of("limit", 100));
        model.addAttribute("tariffs", tariffs.stream().map(TariffSummary::of).toList());
        model.addAttribute("assignments", api.items("/api/v1/tariff-assignments"));
        Map<String, String> siteNames = new LinkedHashMap<>();
        if (((Me) model.getAttribute("me")).mayRead("sites")) {
            api.items("/api/v1/sites").forEach(site -> siteNames.put(String.valueOf(site.get("id")),
                    String.valueOf(site.get("name"))));
        }
        model.addAttribute("siteNames", siteNames);
        model.addAttribute("form", tariff);
        model.addAttribute("assign", assign);
        model.addAttribute("scopes", List.of("SITE", "EVSE", "TOKEN_GROUP", "PARTNER"));
        return PAGE;
    }
}
