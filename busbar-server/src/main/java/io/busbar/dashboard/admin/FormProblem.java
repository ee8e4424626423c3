package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a form shows what the API refused: the problem goes into the model as {@code problem} (title and detail at
 * the top of the form, field messages under their inputs). Input problems and refusals (403: e.g. a scope the
 * operator does not hold) belong in the form; anything else is a failure for the error page.
 */
final class FormProblem {
    private FormProblem() {
    }

    /** Puts the problem in the model if the operator can act on it in the form; rethrows it otherwise. */
    static void show(ApiProblem problem, Model model) {
        if (!problem.isInputProblem() && problem.status() != 403) {
            throw problem;
        }
        model.addAttribute("problem", problem);
    }

    /** As {@link #show(ApiProblem, Model)}, for a whole page: the answer carries the problem's status. */
    static void show(ApiProblem problem, Model model, HttpServletResponse response) {
        show(problem, model, response, "problem");
    }

    /** For a page with several forms: each reads its own problem ({@code th:with="problem=${assignProblem}"}). */
    static void show(ApiProblem problem, Model model, HttpServletResponse response, String attribute) {
        if (!problem.isInputProblem() && problem.status() != 403) {
            throw problem;
        }
        model.addAttribute(attribute, problem);
        response.setStatus(problem.status());
    }

    /** Field errors the console finds before asking the API (e.g. "abc" where a number belongs). */
    static final class Checks {
        private final Map<String, String> errors = new LinkedHashMap<>();

        /** A decimal number, or null when blank; a field error when it is not a number. */
        BigDecimal decimal(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.put(field, "must be a number, e.g. 0.35");
                return null;
            }
        }

        void add(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        /** @throws ApiProblem 400 with the field errors found, if any */
        void throwIfAny(String title) {
            if (!errors.isEmpty()) {
                throw new ApiProblem(400, title, "Correct the fields marked below.", errors);
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
