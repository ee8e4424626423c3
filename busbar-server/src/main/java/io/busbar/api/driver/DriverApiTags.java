package io.busbar.api.driver;

/** OpenAPI tags of the driver API. */
final class DriverApiTags {
    static final String AUTH = "Driver app: sign-up and login";
    static final String ME = "Driver app: profile, tokens, wallet";
    static final String SESSIONS = "Driver app: sessions";
    static final String OPERATOR = "Drivers";

    private DriverApiTags() {
    }
}
