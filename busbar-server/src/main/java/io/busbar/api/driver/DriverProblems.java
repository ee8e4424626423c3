package io.busbar.api.driver;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.drivers.CardTakenException;
import io.busbar.drivers.DriverEmailTakenException;
import io.busbar.drivers.IdempotencyKeyConflictException;
import io.busbar.drivers.InvalidCredentialsException;
import io.busbar.drivers.ResetLinkInvalidException;
import io.busbar.drivers.SessionAlreadyEndedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problems for the drivers module's exceptions, on the driver API only (before the API's catch-all). The
 * rest (missing charger or session, command failures, validation) is the API's {@code ApiExceptionHandler}'s.
 */
@RestControllerAdvice(basePackageClasses = DriverProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DriverProblems {
    @ExceptionHandler(InvalidCredentialsException.class)
    ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentialsException e, HttpServletRequest request) {
        ProblemDetail problem = problem(ProblemType.UNAUTHORIZED, e.getMessage(), request);
        problem.setTitle("The credentials are not valid");
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + DriverTokenFilter.REALM + "\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler({DriverEmailTakenException.class, CardTakenException.class, SessionAlreadyEndedException.class,
            IdempotencyKeyConflictException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e, HttpServletRequest request) {
        return respond(problem(ProblemType.CONFLICT, e.getMessage(), request));
    }

    @ExceptionHandler(ResetLinkInvalidException.class)
    ResponseEntity<ProblemDetail> linkGone(ResetLinkInvalidException e, HttpServletRequest request) {
        return respond(problem(ProblemType.LINK_GONE, e.getMessage(), request));
    }

    /** The domain's input checks; their messages never quote a password. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e, HttpServletRequest request) {
        ProblemDetail problem = problem(ProblemType.VALIDATION_FAILED, e.getMessage(), request);
        String field = e.getMessage() == null ? "request" : e.getMessage().split(" ", 2)[0];
        problem.setProperty("errors", List.of(new ProblemException.FieldError(field, e.getMessage())));
        return respond(problem);
    }

    private static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = type.toProblemDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
