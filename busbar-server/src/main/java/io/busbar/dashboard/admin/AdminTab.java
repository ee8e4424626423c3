package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.Me;
import org.springframework.ui.Model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sections of Administration, in tab order, each with the scope area the API asks for on its paths
 * ({@code AreaOfPath} in the api module): a tab shows only when the operator's role may read that area.
 */
enum AdminTab {
    SITES("sites", "Sites", "sites"),
    // /api/v1/sites/{id}/topology belongs to load management, not to the site itself.
    TOPOLOGY("topology", "Topology", "smartcharging"),
    TARIFFS("tariffs", "Tariffs", "tariffs"),
    TOKENS("tokens", "Tokens", "tokens"),
    DRIVERS("drivers", "Drivers", "drivers"),
    API_KEYS("api-keys", "API keys", "access"),
    WEBHOOKS("webhooks", "Webhooks", "webhooks"),
    USERS("users", "Users", "access");

    static final String BASE = "/console/admin/";

    private final String path;
    private final String label;
    private final String area;

    AdminTab(String path, String label, String area) {
        this.path = path;
        this.label = label;
        this.area = area;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String area() {
        return area;
    }

    public String href() {
        return BASE + path;
    }

    static List<AdminTab> visibleTo(Me me) {
        return Arrays.stream(values()).filter(tab -> me != null && me.mayRead(tab.area)).toList();
    }

    /**
     * Puts the tabs and this one into the model for {@code admin/tabs}; a role that may not read the area gets the
     * same refusal the API would give, before any call is made.
     */
    void show(Model model) {
        Me me = (Me) model.getAttribute("me");
        if (me == null || !me.mayRead(area)) {
            throw new ApiProblem(403, "Not allowed", "Your role may not read " + label + " (scope " + area + ":read).",
                    Map.of());
        }
        model.addAttribute("tabs", visibleTo(me));
        model.addAttribute("tab", this);
        model.addAttribute("mayWrite", me.mayWrite(area));
    }
}
