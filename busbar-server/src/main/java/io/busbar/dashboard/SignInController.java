package io.busbar.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;

/** Sign-in with tenant, e-mail and password (the API's operator users and roles), and sign-out. */
@Controller
class SignInController {
    private final ConsoleApi api;
    private final SignedInOperators operators;
    private final Clock clock;

    SignInController(ConsoleApi api, SignedInOperators operators, Clock clock) {
        this.api = api;
        this.operators = operators;
        this.clock = clock;
    }

    @GetMapping(ConsoleSignInFilter.SIGN_IN)
    String form(@RequestParam(defaultValue = "") String next, Model model) {
        model.addAttribute("next", safeNext(next));
        model.addAttribute("tenant", "default");
        return "console/login";
    }

    @PostMapping(ConsoleSignInFilter.SIGN_IN)
    String signIn(@RequestParam(defaultValue = "default") String tenant, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String next,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("next", safeNext(next));
        model.addAttribute("tenant", tenant);
        model.addAttribute("email", email);
        if (email.isBlank() || password.isBlank()) {
            model.addAttribute("error", "Enter your e-mail address and password.");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "console/login";
        }
        JsonNode session;
        try {
            session = api.signIn(tenant.strip(), email.strip(), password);
        } catch (ApiProblem problem) {
            // One message for unknown tenant, unknown e-mail, wrong password and disabled user (the API's rule).
            model.addAttribute("error", problem.status() == 401 || problem.status() == 400
                    ? "Tenant, e-mail or password is not right." : problem.title());
            response.setStatus(problem.status() == 429 ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
            return "console/login";
        }
        String expires = session.path("expiresAt").asString(null);
        ConsoleCookie.write(request, response, session.path("token").asString(),
                expires == null ? null : Instant.parse(expires), clock.instant());
        return "redirect:" + safeNext(next);
    }

    @PostMapping("/console/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        ConsoleSession session = ConsoleSession.current();
        try {
            api.signOut(session);
        } finally {
            operators.forget(session);
            ConsoleCookie.clear(request, response);
        }
        return "redirect:" + ConsoleSignInFilter.SIGN_IN;
    }

    /** Only a console path: never an open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/console") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(ConsoleSignInFilter.SIGN_IN)) {
            return "/console";
        }
        return next;
    }
}
