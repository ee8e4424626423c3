package io.busbar.dashboard.sites;

import java.util.Map;

/** The allocator's reasons (the API's stable names, see its LimitReason) in an operator's words. */
final class LimitReasons {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("EV_MAX", "the vehicle's own maximum"),
            Map.entry("EVSE_MAX", "the EVSE's maximum current"),
            Map.entry("ENERGY_REMAINING", "enough to deliver the energy still needed in time"),
            Map.entry("NO_ENERGY_NEEDED", "the vehicle needs no more energy"),
            Map.entry("EV_DRAWS_LESS", "the vehicle draws less; its unused share went to others"),
            Map.entry("LIMITED_BY_PHASE", "a line limit of the grid connection or a breaker"),
            Map.entry("LIMITED_BY_TRANSFORMER", "the transformer's primary current"),
            Map.entry("LIMITED_BY_POWER", "the grid connection's power limit"),
            Map.entry("LIMITED_BY_DEMAND_CAP", "the demand-charge cap"),
            Map.entry("DEFERRED_TO_CHEAPER_PERIOD", "waiting for a cheaper period that still meets the departure"),
            Map.entry("MIN_NOT_REACHABLE_PAUSED", "paused: not even the minimum current fits next to more urgent EVs"));

    private LimitReasons() {
    }

    /** "a line limit of the grid connection or a breaker (grid/L2)"; the raw reason when unknown; null for none. */
    static String describe(Object reason, Object constraint) {
        if (reason == null) {
            return null;
        }
        String name = String.valueOf(reason);
        // LIMITED_BY_PHASE comes with the binding line, e.g. LIMITED_BY_PHASE_L3.
        String text = name.startsWith("LIMITED_BY_PHASE_") ? "the " + name.substring("LIMITED_BY_PHASE_".length())
                + " limit of the grid connection or a breaker" : TEXT.getOrDefault(name, name);
        return constraint == null || String.valueOf(constraint).isBlank() ? text : text + " (" + constraint + ")";
    }
}
