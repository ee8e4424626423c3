package io.busbar.api.driver;

import io.busbar.api.problems.ProblemType;
import io.busbar.drivers.DriverAuthentication;
import io.busbar.drivers.DriverPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guards the driver API ({@code /api/v1/driver/**}): a request needs {@code Authorization: Bearer <access token>}
 * with a valid driver JWT, else a 401 problem with {@code WWW-Authenticate: Bearer} (RFC 6750 §3). Operator API keys
 * are not JWTs and fail here; driver tokens fail the API-key filter on operator paths. Sign-up, login, refresh and
 * password reset are open: they are how a driver gets a token.
 */
class DriverTokenFilter extends OncePerRequestFilter {
    static final String PRINCIPAL_ATTRIBUTE = DriverPrincipal.class.getName();
    static final String REALM = "busbar-drivers";
    private static final String BEARER = "Bearer ";
    private static final Pattern OPEN = Pattern.compile(
            "/api/v1/driver/[^/]+/(signup|login|token/refresh|password-reset|password-reset/confirm)/?");

    private final DriverAuthentication authentication;
    private final ObjectMapper json;

    DriverTokenFilter(DriverAuthentication authentication, ObjectMapper json) {
        this.authentication = authentication;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/driver/") || OPEN.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(request, response, "Send a driver access token as 'Authorization: Bearer <token>'", false);
            return;
        }
        Optional<DriverPrincipal> driver = authentication.authenticate(header.substring(BEARER.length()).strip());
        if (driver.isEmpty()) {
            reject(request, response, "The access token is invalid or expired", true);
            return;
        }
        request.setAttribute(PRINCIPAL_ATTRIBUTE, driver.get());
        chain.doFilter(request, response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, String detail, boolean invalid)
            throws IOException {
        ProblemType type = ProblemType.UNAUTHORIZED;
        // RFC 6750 §3: no error code when the request carried no credentials at all.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                invalid ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"" : "Bearer realm=\"" + REALM + "\"");
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", "A valid driver access token is required");
        problem.put("status", type.status().value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        json.writeValue(response.getOutputStream(), problem);
    }
}
