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

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sites: the list and a form to create one ({@code POST /api/v1/sites}). The API offers no change of a site
 * (no {@code PUT /api/v1/sites/{id}}), so there is no edit form.
 */
@Controller
class SitesSection {
    private static final String PAGE = "console/admin/sites";
    private final ConsoleApi api;

    SitesSection(ConsoleApi api) {
        this.api = api;
    }

    /** What the operator typed, kept when the API refuses it. */
    record SiteForm(String name, String address, String timeZone, String latitude, String longitude) {
        static SiteForm empty() {
            return new SiteForm("", "", "UTC", "", "");
        }
    }

    @GetMapping("/console/admin/sites")
    String list(@RequestParam(required = false) String created, Model model) {
        model.addAttribute("created", created);
        return page(SiteForm.empty(), model);
    }

    @PostMapping("/console/admin/sites")
    String create(@ModelAttribute SiteForm form, @RequestParam("_key") String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            api.post("/api/v1/sites", body(form), key);
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model, response);
            return page(form, model);
        }
        redirect.addAttribute("created", form.name().strip());
        return "redirect:/console/admin/sites";
    }

    private String page(SiteForm form, Model model) {
        AdminTab.SITES.show(model);
        model.addAttribute("sites", api.items("/api/v1/sites"));
        model.addAttribute("form", form);
        model.addAttribute("zones", new TreeSet<>(ZoneId.getAvailableZoneIds()));
        return PAGE;
    }

    private static Map<String, Object> body(SiteForm form) {
        FormProblem.Checks checks = new FormProblem.Checks();
        BigDecimal latitude = checks.decimal("location.latitude", form.latitude());
        BigDecimal longitude = checks.decimal("location.longitude", form.longitude());
        boolean hasLatitude = FormProblem.blankToNull(form.latitude()) != null;
        boolean hasLongitude = FormProblem.blankToNull(form.longitude()) != null;
        if (hasLatitude != hasLongitude) {
            checks.add(hasLatitude ? "location.longitude" : "location.latitude",
                    "give both latitude and longitude, or neither");
        }
        checks.throwIfAny("The site is not valid");
        Map<String, Object> body = new LinkedHashMap<>();
        // The name goes as typed (even blank): the API's own rule explains what is wrong with it.
        body.put("name", form.name() == null ? "" : form.name());
        putIfPresent(body, "address", form.address());
        putIfPresent(body, "timeZone", form.timeZone());
        if (latitude != null && longitude != null) {
            body.put("location", Map.of("latitude", latitude, "longitude", longitude));
        }
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String name, String value) {
        String present = FormProblem.blankToNull(value);
        if (present != null) {
            body.put(name, present);
        }
    }
}
