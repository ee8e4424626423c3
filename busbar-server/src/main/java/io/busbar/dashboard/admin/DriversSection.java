package io.busbar.dashboard.admin;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's drivers (app users): the list with an e-mail filter, and one driver. Read only: the API has no
 * operation to disable a driver.
 */
@Controller
class DriversSection {
    private static final int PAGE_SIZE = 50;
    private final ConsoleApi api;

    DriversSection(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/admin/drivers")
    String list(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String after, Model model) {
        AdminTab.DRIVERS.show(model);
        JsonNode page = api.get("/api/v1/drivers", Map.of("email", email.strip(), "after", after == null ? "" : after,
                "limit", PAGE_SIZE));
        model.addAttribute("drivers", api.toMap(page).getOrDefault("items", List.of()));
        model.addAttribute("next", page.path("next").asString(null));
        model.addAttribute("email", email.strip());
        return "console/admin/drivers";
    }

    @GetMapping("/console/admin/drivers/{id}")
    String driver(@PathVariable UUID id, Model model) {
        AdminTab.DRIVERS.show(model);
        model.addAttribute("driver", api.object("/api/v1/drivers/" + id));
        return "console/admin/driver";
    }
}
