package io.busbar.api.tenancy;

import io.busbar.tenants.Area;

import java.util.Map;
import java.util.Optional;

/**
 * Which {@link Area} an operation of {@code /api/v1} belongs to, from its URL pattern: the scope a key needs is
 * {@code <area>:read} for reads and {@code <area>:write} for changes. Charger sub-resources belong to what they do
 * (a reset is a command, a setting is configuration), not to the charger.
 */
final class AreaOfPath {
    static final String PREFIX = "/api/v1/";
    /** Only the platform operator's keys reach these. */
    static final String PLATFORM_COLLECTION = "tenants";

    private static final Map<String, Area> TOP = Map.ofEntries(
            Map.entry("sites", Area.SITES), Map.entry("chargers", Area.CHARGERS),
            Map.entry("commands", Area.COMMANDS), Map.entry("command-types", Area.COMMANDS),
            Map.entry("sessions", Area.SESSIONS), Map.entry("reservations", Area.SESSIONS),
            Map.entry("id-tokens", Area.TOKENS), Map.entry("accounts", Area.ACCOUNTS),
            Map.entry("tariffs", Area.TARIFFS), Map.entry("tariff-assignments", Area.TARIFFS),
            Map.entry("price-schedules", Area.TARIFFS), Map.entry("quotes", Area.TARIFFS),
            Map.entry("cdrs", Area.BILLING), Map.entry("invoices", Area.BILLING), Map.entry("payments", Area.PAYMENTS),
            Map.entry("configuration-templates", Area.CONFIGURATION), Map.entry("drift", Area.CONFIGURATION),
            Map.entry("firmware", Area.FIRMWARE), Map.entry("firmware-updates", Area.FIRMWARE),
            Map.entry("log-requests", Area.FIRMWARE), Map.entry("logs", Area.FIRMWARE),
            Map.entry("bulk-jobs", Area.BULK), Map.entry("faults", Area.FAULTS), Map.entry("availability", Area.FAULTS),
            Map.entry("alerts", Area.ALERTS), Map.entry("alert-rules", Area.ALERTS),
            Map.entry("tickets", Area.MAINTENANCE), Map.entry("playbooks", Area.MAINTENANCE),
            Map.entry("playbook-runs", Area.MAINTENANCE), Map.entry("maintenance", Area.MAINTENANCE),
            Map.entry("uptime", Area.UPTIME), Map.entry("maintenance-windows", Area.UPTIME),
            Map.entry("grid-outages", Area.UPTIME), Map.entry("api-keys", Area.ACCESS), Map.entry("users", Area.ACCESS),
            Map.entry("webhooks", Area.WEBHOOKS), Map.entry("webhook-deliveries", Area.WEBHOOKS),
            Map.entry("tenant", Area.TENANT), Map.entry("drivers", Area.DRIVERS));

    private static final Map<String, Area> UNDER_CHARGER = Map.ofEntries(
            Map.entry("commands", Area.COMMANDS), Map.entry("reservations", Area.SESSIONS),
            Map.entry("local-list", Area.TOKENS), Map.entry("inventory", Area.CONFIGURATION),
            Map.entry("settings", Area.CONFIGURATION), Map.entry("drift", Area.CONFIGURATION),
            Map.entry("drift-check", Area.CONFIGURATION), Map.entry("firmware-updates", Area.FIRMWARE),
            Map.entry("logs", Area.FIRMWARE), Map.entry("faults", Area.FAULTS), Map.entry("tags", Area.CHARGERS),
            Map.entry("presence", Area.CHARGERS), Map.entry("notifications", Area.CHARGERS),
            Map.entry("approve", Area.CHARGERS), Map.entry("reject", Area.CHARGERS), Map.entry("password", Area.CHARGERS));

    private AreaOfPath() {
    }

    /** The area of an operation, or empty when the pattern is not an operator operation this table knows. */
    static Optional<Area> of(String pattern) {
        if (pattern == null || !pattern.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = pattern.substring(PREFIX.length()).split("/");
        String top = segments[0];
        String sub = segments.length > 2 ? segments[2] : null;
        if (sub != null) {
            switch (top) {
                case "chargers" -> {
                    if (sub.equals("evses")) {
                        String leaf = segments.length > 4 ? segments[4] : "";
                        return Optional.ofNullable(switch (leaf) {
                            case "risk" -> Area.MAINTENANCE;
                            case "tariff" -> Area.TARIFFS;
                            case "connectors" -> Area.CHARGERS;
                            default -> null;
                        });
                    }
                    return Optional.ofNullable(UNDER_CHARGER.get(sub));
                }
                case "sites" -> {
                    return Optional.of(Area.SMARTCHARGING);
                }
                case "accounts" -> {
                    if (sub.equals("wallet") || sub.equals("payments")) {
                        return Optional.of(Area.PAYMENTS);
                    }
                }
                default -> {
                }
            }
        }
        return Optional.ofNullable(TOP.get(top));
    }

    static boolean platformOnly(String pattern) {
        return pattern != null && (pattern.equals(PREFIX + PLATFORM_COLLECTION)
                || pattern.startsWith(PREFIX + PLATFORM_COLLECTION + "/"));
    }

    /** Changes need write scopes; a few POSTs only compute an answer. */
    static boolean writes(String method, String pattern) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        return !(method.equals("POST") && pattern.equals(PREFIX + "quotes"));
    }
}
