package io.busbar.dashboard.overview;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The network overview: the first page after sign-in. */
@Controller
class OverviewController {
    private final ConsoleApi api;

    OverviewController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping({"/console", "/console/"})
    String overview(Model model) {
        model.addAttribute("sites", api.items("/api/v1/sites"));
        return "console/overview";
    }
}
