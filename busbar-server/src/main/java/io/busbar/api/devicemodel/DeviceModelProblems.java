package io.busbar.api.devicemodel;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.TemplateNameTakenException;
import io.busbar.devicemodel.TemplateNotFoundException;
import io.busbar.devicemodel.UnknownSettingException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/** The device model's own failures as RFC 9457 problems, for this package's controllers (before the generic handler). */
@RestControllerAdvice(basePackageClasses = DeviceModelProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeviceModelProblems {
    @ExceptionHandler(InvalidSettingException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSettingException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.VALIDATION_FAILED.toProblemDetail(e.getMessage());
        problem.setProperty("errors", List.of(new ProblemException.FieldError(e.field(), e.getMessage())));
        return respond(problem, request);
    }

    @ExceptionHandler(UnknownSettingException.class)
    ResponseEntity<ProblemDetail> unknownSetting(UnknownSettingException e, HttpServletRequest request) {
        return respond(ProblemType.NOT_FOUND.toProblemDetail(e.getMessage()), request);
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<ProblemDetail> noTemplate(TemplateNotFoundException e, HttpServletRequest request) {
        return respond(ProblemType.NOT_FOUND.toProblemDetail(e.getMessage()), request);
    }

    @ExceptionHandler(TemplateNameTakenException.class)
    ResponseEntity<ProblemDetail> nameTaken(TemplateNameTakenException e, HttpServletRequest request) {
        return respond(ProblemType.CONFLICT.toProblemDetail(e.getMessage()), request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
