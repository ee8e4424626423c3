package io.busbar.dashboard.admin;

import io.busbar.dashboard.Me;

import java.util.List;

/**
 * The scopes an API key can be given, as the key form's checkboxes: {@code <area>:read}, {@code <area>:write} per
 * area, and {@code admin}. Only what the operator holds is offered (the API refuses the rest: a key can only grant
 * what its creator holds). The areas are the literals of the API's scope areas; the API has no operation that
 * lists them, so they are written here.
 */
final class ScopeChoices {
    static final List<String> AREAS = List.of("sites", "chargers", "commands", "sessions", "tokens", "accounts",
            "tariffs", "billing", "payments", "smartcharging", "configuration", "firmware", "bulk", "faults", "alerts",
            "maintenance", "uptime", "webhooks", "drivers", "access", "tenant");

    /** One row of the picker: which of its two boxes the operator may tick. */
    record AreaChoice(String area, boolean read, boolean write) {
        public String readScope() {
            return area + ":read";
        }

        public String writeScope() {
            return area + ":write";
        }
    }

    private ScopeChoices() {
    }

    static List<AreaChoice> offeredTo(Me me) {
        return AREAS.stream().map(area -> new AreaChoice(area, me.mayRead(area), me.mayWrite(area)))
                .filter(choice -> choice.read() || choice.write()).toList();
    }

    static boolean adminOffered(Me me) {
        return me.scopes().contains("admin");
    }
}
