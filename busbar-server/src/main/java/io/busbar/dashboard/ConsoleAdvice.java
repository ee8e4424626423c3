package io.busbar.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.util.UUID;

/**
 * What every console page knows (the operator, the form token, refresh interval, a fresh idempotency key for its
 * forms) and how failures look: signed out → sign in again; an API problem → its title and detail, in the page's
 * message area for htmx requests (so the operator sees why a button did nothing) or as an error page.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
// Before the API's global advice, whose catch-all would otherwise answer a console page's ApiProblem as JSON (500).
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {
    private final SignedInOperators operators;
    private final ConsoleProperties properties;

    ConsoleAdvice(SignedInOperators operators, ConsoleProperties properties) {
        this.operators = operators;
        this.properties = properties;
    }

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        if (request.getAttribute(ConsoleSession.ATTRIBUTE) instanceof ConsoleSession session) {
            model.addAttribute("me", operators.of(session));
            model.addAttribute("csrf", session.csrfToken());
        }
        model.addAttribute("refreshMillis", properties.refresh().toMillis());
        model.addAttribute("formKey", UUID.randomUUID().toString());
    }

    @ExceptionHandler(SignedOut.class)
    void signedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleCookie.clear(request, response);
        ConsoleSignInFilter.toSignIn(request, response, request.getRequestURI().substring(request.getContextPath().length()));
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("problem", problem);
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps only 2xx answers: show the problem in the page's message area instead of the target.
            response.setHeader("HX-Retarget", "#console-flash");
            response.setHeader("HX-Reswap", "innerHTML");
            return "console/layout :: problem";
        }
        response.setStatus(problem.status() >= 400 ? problem.status() : 500);
        return "console/error";
    }
}
