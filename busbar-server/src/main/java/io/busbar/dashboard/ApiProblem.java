package io.busbar.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem the API answered to a console request: shown to the operator as it is (the API's titles and
 * details are written for people), with per-field messages for forms.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = Objects.requireNonNullElse(title, "The request failed");
        this.detail = detail;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The message for one form field, or null: {@code th:text="${problem.fieldError('name')}"}. */
    public String fieldError(String field) {
        return fieldErrors.get(field);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A problem the operator can fix in the form (invalid input, a conflict), as opposed to a failure. */
    public boolean isInputProblem() {
        return status == 400 || status == 409 || status == 422;
    }

    public List<String> messages() {
        return detail == null ? List.of(title) : List.of(title, detail);
    }
}
