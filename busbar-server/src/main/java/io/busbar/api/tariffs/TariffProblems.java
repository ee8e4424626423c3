package io.busbar.api.tariffs;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.TariffConflictException;
import io.busbar.tariffs.TariffJson;
import io.busbar.tariffs.TariffNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/** The tariff module's failures as RFC 9457 problems, for this package's controllers (before the generic handler). */
@RestControllerAdvice(basePackageClasses = TariffProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TariffProblems {
    @ExceptionHandler(TariffJson.InvalidTariffException.class)
    ResponseEntity<ProblemDetail> invalidTariff(TariffJson.InvalidTariffException e, HttpServletRequest request) {
        return invalid(e.field(), e.getMessage(), request);
    }

    /** The model's constructors refuse bad values with a message that names them. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidArgument(IllegalArgumentException e, HttpServletRequest request) {
        return invalid("body", e.getMessage(), request);
    }

    @ExceptionHandler(TariffNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TariffNotFoundException e, HttpServletRequest request) {
        return respond(ProblemType.TARIFF_NOT_FOUND.toProblemDetail(e.getMessage()), request);
    }

    @ExceptionHandler(TariffConflictException.class)
    ResponseEntity<ProblemDetail> conflict(TariffConflictException e, HttpServletRequest request) {
        return respond(ProblemType.CONFLICT.toProblemDetail(e.getMessage()), request);
    }

    @ExceptionHandler(NoTariffAppliesException.class)
    ResponseEntity<ProblemDetail> noTariff(NoTariffAppliesException e, HttpServletRequest request) {
        return respond(ProblemType.NO_TARIFF_APPLIES.toProblemDetail(e.getMessage()), request);
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, String message, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.VALIDATION_FAILED.toProblemDetail("Invalid " + field + ": " + message);
        problem.setProperty("errors", List.of(new ProblemException.FieldError(field, message)));
        return respond(problem, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
