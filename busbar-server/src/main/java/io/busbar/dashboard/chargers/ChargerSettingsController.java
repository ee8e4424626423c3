package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.regex.Pattern;

/** Changing one setting of a charger and checking its settings against its template (drift) now. */
@Controller
@RequestMapping("/console/chargers/{identity}")
class ChargerSettingsController {
    private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z0-9._:\\-]{1,200}");
    private final ConsoleApi api;

    ChargerSettingsController(ConsoleApi api) {
        this.api = api;
    }

    /** The charger's answer to the change, or the API's problem, in place of the form's result area. */
    @PostMapping("/settings")
    String change(@PathVariable String identity, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String value, Model model) {
        model.addAttribute("identity", identity);
        model.addAttribute("name", name.strip());
        model.addAttribute("value", value);
        try {
            if (name.isBlank()) {
                throw new ApiProblem(400, "The input is not valid", null, Map.of("name", "must not be blank"));
            }
            // The name is one path segment: a common name, a 1.6 key or a 2.0.1 Component.Variable[:Type].
            if (!SETTING_NAME.matcher(name.strip()).matches()) {
                throw new ApiProblem(400, "The input is not valid", null,
                        Map.of("name", "use letters, digits and . _ : - only"));
            }
            String path = ChargerPath.of(identity, "settings/" + name.strip());
            model.addAttribute("answer", api.toMap(api.put(path, Map.of("value", value))));
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            model.addAttribute("problem", problem);
        }
        return "console/chargers/configuration :: setting-result";
    }

    /**
     * Asks the charger for all its settings (1.6 GetConfiguration is stored at once; a 2.0.1 report arrives over
     * the next seconds), then reloads the page to show them.
     */
    @PostMapping("/inventory-refresh")
    void refreshInventory(@PathVariable String identity, @RequestParam(defaultValue = "") String _key,
                          HttpServletResponse response) {
        api.post(ChargerPath.of(identity, "inventory/refresh"), Map.of(), _key);
        response.setHeader("HX-Refresh", "true");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @PostMapping("/drift-check")
    String checkDrift(@PathVariable String identity, @RequestParam(defaultValue = "") String _key, Model model) {
        model.addAttribute("identity", identity);
        try {
            model.addAttribute("drift", api.toMap(api.post(ChargerPath.of(identity, "drift-check"),
                    Map.of("correct", false), _key)));
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            model.addAttribute("problem", problem);
            model.addAttribute("drift", drift(api, identity));
        }
        return "console/chargers/configuration :: drift";
    }

    /** The latest drift report, or null before the first check (the API answers 404 then). */
    static Map<String, Object> drift(ConsoleApi api, String identity) {
        try {
            return api.object(ChargerPath.of(identity, "drift"));
        } catch (ApiProblem e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }
}
