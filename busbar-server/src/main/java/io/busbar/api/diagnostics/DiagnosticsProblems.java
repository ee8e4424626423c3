package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.diagnostics.FileTooLargeException;
import io.busbar.diagnostics.FirmwareImageNotFoundException;
import io.busbar.diagnostics.UploadLinkException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * The diagnostics module's exceptions as RFC 9457 problems, for this package's endpoints (the shared handler
 * does not know them).
 */
@RestControllerAdvice(basePackageClasses = DiagnosticsProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiagnosticsProblems {
    @ExceptionHandler(FileTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(FileTooLargeException e, HttpServletRequest request) {
        return problem(ProblemType.CONTENT_TOO_LARGE, e.getMessage(), request);
    }

    @ExceptionHandler(UploadLinkException.class)
    ResponseEntity<ProblemDetail> uploadLink(UploadLinkException e, HttpServletRequest request) {
        return problem(e.reason() == UploadLinkException.Reason.UNKNOWN ? ProblemType.NOT_FOUND : ProblemType.LINK_GONE,
                e.getMessage(), request);
    }

    @ExceptionHandler(FirmwareImageNotFoundException.class)
    ResponseEntity<ProblemDetail> imageNotFound(FirmwareImageNotFoundException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(ProblemType.NOT_FOUND, e.getMessage(), request);
        response.getBody().setProperty("errors", List.of(new ProblemException.FieldError("imageId", "no such image")));
        return response;
    }

    /** The domain's "this input is not valid" (both imageId and location, a location that is not a URL...). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e, HttpServletRequest request) {
        return problem(ProblemType.VALIDATION_FAILED, e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = type.toProblemDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(type.status()).body(problem);
    }
}
