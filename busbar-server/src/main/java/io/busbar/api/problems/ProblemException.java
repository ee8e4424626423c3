package io.busbar.api.problems;

import java.util.List;

/** An error the API reports as a problem of a known {@link ProblemType}; the detail is shown to the client. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A single invalid input that bean validation cannot express (e.g. an unknown time zone). */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "Invalid " + field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One entry of the {@code errors} extension: which input was wrong and why. */
    public record FieldError(String field, String message) {
    }
}
