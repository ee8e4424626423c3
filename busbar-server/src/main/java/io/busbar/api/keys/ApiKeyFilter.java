package io.busbar.api.keys;

import io.busbar.api.problems.ProblemResponses;
import io.busbar.api.problems.ProblemType;
import io.busbar.commands.Actor;
import io.busbar.tenants.OperatorLogins;
import io.busbar.tenants.OperatorUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Guards {@code /api/*} (but the public feed, the driver API and operator sign-in, which authenticate on their own):
 * a request needs {@code Authorization: Bearer <key>} with an active key, else it gets a
 * 401 problem with {@code WWW-Authenticate: Bearer} (RFC 6750 §3). Registered for {@code /api/*} only, so health,
 * OpenAPI, Swagger UI and the OCPP endpoint stay open.
 */
class ApiKeyFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticator authenticator;
    private final OperatorLogins logins;
    private final ObjectMapper json;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, OperatorLogins logins, ObjectMapper json) {
        this.authenticator = authenticator;
        this.logins = logins;
        this.json = json;
    }

    /** Paths with their own authentication: the public feed (none) and the driver API (driver bearer tokens). */
    static final java.util.List<String> NOT_FOR_KEYS = java.util.List.of("/api/v1/public/", "/api/v1/driver/",
            "/api/v1/auth/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_FOR_KEYS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(request, response, "Send an API key as 'Authorization: Bearer <key>'", null);
            return;
        }
        String credential = header.substring(BEARER.length()).strip();
        if (OperatorLogins.looksLikeSession(credential)) {
            Optional<OperatorUser> user = logins.authenticate(credential);
            if (user.isEmpty()) {
                reject(request, response, "The session is unknown, expired or ended: sign in again", "invalid_token");
                return;
            }
            OperatorUser signedIn = user.get();
            request.setAttribute(Callers.CALLER_ATTRIBUTE, new Caller(signedIn.tenant(),
                    Actor.user(signedIn.id().toString(), signedIn.email()), signedIn.role().scopes()));
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = authenticator.authenticate(credential);
        if (key.isEmpty()) {
            reject(request, response, "The API key is unknown or revoked", "invalid_token");
            return;
        }
        ApiKey apiKey = key.get();
        request.setAttribute(Callers.CALLER_ATTRIBUTE, new Caller(apiKey.tenant(),
                Actor.apiKey(apiKey.id().toString(), apiKey.name()), apiKey.scopes()));
        chain.doFilter(request, response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, String detail, String error)
            throws IOException {
        // RFC 6750 §3: no error code when the request carried no credentials at all.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                error == null ? "Bearer realm=\"busbar\"" : "Bearer realm=\"busbar\", error=\"" + error + "\"");
        ProblemResponses.write(request, response, json, ProblemType.UNAUTHORIZED, detail);
    }
}
