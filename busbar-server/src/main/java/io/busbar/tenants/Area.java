package io.busbar.tenants;

import java.util.Locale;

/** The parts of Busbar a scope can open, read or write. The literal is what scopes are written with. */
public enum Area {
    SITES, CHARGERS, COMMANDS, SESSIONS, TOKENS, ACCOUNTS, TARIFFS, BILLING, PAYMENTS, SMARTCHARGING, CONFIGURATION,
    FIRMWARE, BULK, FAULTS, ALERTS, MAINTENANCE, UPTIME, WEBHOOKS, DRIVERS,
    /** API keys and operator users: who may act for the tenant. */
    ACCESS,
    /** The tenant's own settings (brand). */
    TENANT;

    public String literal() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Area fromLiteral(String literal) {
        for (Area area : values()) {
            if (area.literal().equals(literal)) {
                return area;
            }
        }
        throw new IllegalArgumentException("Unknown area '" + literal + "'");
    }
}
