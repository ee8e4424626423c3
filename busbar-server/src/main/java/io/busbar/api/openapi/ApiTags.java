package io.busbar.api.openapi;

/** OpenAPI tag names, one per resource. */
public final class ApiTags {
    public static final String CHARGERS = "Chargers";
    public static final String SITES = "Sites";
    public static final String ID_TOKENS = "Id tokens";
    public static final String SESSIONS = "Sessions";
    public static final String API_KEYS = "API keys";
    public static final String COMMANDS = "Remote commands";
    public static final String BULK_JOBS = "Bulk jobs";
    public static final String TARIFFS = "Tariffs and prices";
    public static final String LOAD_MANAGEMENT = "Load management";
    public static final String ACCOUNTS = "Accounts";
    public static final String PAYMENTS = "Wallets and payments";
    public static final String TENANTS = "Tenants and brands";
    public static final String USERS = "Operator users";
    public static final String WEBHOOKS = "Webhooks";

    private ApiTags() {
    }
}
