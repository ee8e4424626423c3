package io.busbar.dashboard;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in, asked of the API ({@code GET /api/v1/auth/session}) and kept for a few seconds per session, so a
 * page and its fragments do not ask each time. A disabled user or ended session is noticed within {@link #KEEP}
 * (and at once by every data call, which the API answers 401).
 */
@Component
class SignedInOperators {
    static final Duration KEEP = Duration.ofSeconds(30);
    private static final int MOST_KEPT = 10_000;

    private record Kept(Me me, Instant until) {
    }

    private final ConsoleApi api;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SignedInOperators(ConsoleApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    Me of(ConsoleSession session) {
        Instant now = clock.instant();
        String key = session.csrfToken();
        Kept known = kept.get(key);
        if (known != null && known.until().isAfter(now)) {
            return known.me();
        }
        ConsoleApi.Calls calls = api.as(session);
        JsonNode answer = calls.get("/api/v1/auth/session", Map.of());
        Set<String> scopes = new HashSet<>();
        answer.path("scopes").forEach(scope -> scopes.add(scope.asString()));
        JsonNode user = answer.path("user");
        String brandName = "Busbar";
        String brandColor = null;
        if (scopes.contains("admin") || scopes.contains("tenant:read") || scopes.contains("tenant:write")) {
            try {
                JsonNode tenant = calls.get("/api/v1/tenant", Map.of());
                brandName = tenant.path("brand").path("name").asString(tenant.path("name").asString("Busbar"));
                brandColor = tenant.path("brand").path("color").asString(null);
            } catch (ApiProblem e) {
                // The brand is decoration: a console without it still works.
            }
        }
        Me me = new Me(user.path("name").asString(""), user.path("email").asString(""), user.path("role").asString(""),
                scopes, brandName, brandColor);
        if (kept.size() > MOST_KEPT) {
            kept.entrySet().removeIf(entry -> !entry.getValue().until().isAfter(now));
        }
        kept.put(key, new Kept(me, now.plus(KEEP)));
        return me;
    }

    void forget(ConsoleSession session) {
        kept.remove(session.csrfToken());
    }
}
