package io.busbar.diagnostics.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL chargers reach Busbar's HTTP port at, for the links put in UpdateFirmware and GetLog:
 * {@code busbar.public-url} ({@code BUSBAR_PUBLIC_URL}) when set, else {@code http://localhost:<port>}, which only a
 * charger on the same host can use: production installs set it.
 */
@Component
class PublicUrl {
    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    String resolve(String path) {
        String configured = environment.getProperty("busbar.public-url");
        String base = configured != null && !configured.isBlank() ? configured.strip()
                : "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
