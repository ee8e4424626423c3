package io.busbar.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Every console page but sign-in needs a session cookie; without one the browser is sent to sign in (an htmx
 * request gets {@code HX-Redirect}, so a fragment never swaps a login page into a table). Every change (anything but
 * GET/HEAD) must carry the session's form token as {@code _csrf} or {@code X-CSRF-Token}: 403 otherwise.
 * Whether the session is still live is the API's call: a 401 there signs the operator out ({@link SignedOut}).
 */
class ConsoleSignInFilter extends OncePerRequestFilter {
    static final String SIGN_IN = "/console/login";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SIGN_IN)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ConsoleSession> session = ConsoleCookie.read(request);
        if (session.isEmpty()) {
            toSignIn(request, response, path);
            return;
        }
        if (!SAFE.contains(request.getMethod())) {
            String presented = Optional.ofNullable(request.getHeader("X-CSRF-Token")).orElse(request.getParameter("_csrf"));
            if (!session.get().acceptsCsrf(presented)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form is stale or from elsewhere: reload the page");
                return;
            }
        }
        request.setAttribute(ConsoleSession.ATTRIBUTE, session.get());
        chain.doFilter(request, response);
    }

    static void toSignIn(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        boolean htmx = request.getHeader("HX-Request") != null;
        String target = UriComponentsBuilder.fromPath(SIGN_IN)
                .queryParamIfPresent("next", htmx || !"GET".equals(request.getMethod()) ? Optional.empty() : Optional.of(next))
                .encode().build().toUriString();
        if (htmx) {
            response.setHeader("HX-Redirect", request.getContextPath() + target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
