package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

/** {@code /console/admin}: the first section the operator's role may read. */
@Controller
class AdminHome {
    @GetMapping({"/console/admin", "/console/admin/"})
    String home(Model model) {
        return AdminTab.visibleTo((Me) model.getAttribute("me")).stream().findFirst()
                .map(tab -> "redirect:" + tab.href())
                .orElseThrow(() -> new ApiProblem(403, "Nothing to administer",
                        "Your role may read none of the administration sections.", Map.of()));
    }
}
