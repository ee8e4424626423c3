package io.busbar.api.problems;

import io.busbar.chargers.ChargerAlreadyRegisteredException;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.sessions.SessionNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandException;
import io.busbar.commands.InvalidCommandException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}) with a {@link ProblemType}
 * URI, the request path as {@code instance}, and for invalid input an {@code errors} extension listing each
 * field and why. Unexpected failures become a bare 500: internals stay in the log.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String ERRORS = "errors";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException e, WebRequest request) {
        ProblemDetail problem = e.type().toProblemDetail(e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty(ERRORS, e.errors());
        }
        return respond(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler(ChargerNotFoundException.class)
    ResponseEntity<Object> handleChargerNotFound(ChargerNotFoundException e, WebRequest request) {
        return respond(ProblemType.CHARGER_NOT_FOUND.toProblemDetail(e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(ChargerAlreadyRegisteredException.class)
    ResponseEntity<Object> handleChargerExists(ChargerAlreadyRegisteredException e, WebRequest request) {
        return respond(ProblemType.CHARGER_ALREADY_REGISTERED.toProblemDetail(e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<Object> handleSessionNotFound(SessionNotFoundException e, WebRequest request) {
        return respond(ProblemType.SESSION_NOT_FOUND.toProblemDetail(e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(AuditedCommandException.class)
    ResponseEntity<Object> handleCommandFailure(AuditedCommandException e, WebRequest request) {
        ProblemType type = switch (e.failure()) {
            case OFFLINE -> ProblemType.CHARGER_OFFLINE;
            case TIMEOUT -> ProblemType.COMMAND_TIMEOUT;
            case CALL_ERROR -> ProblemType.COMMAND_FAILED;
            case NOT_SUPPORTED -> ProblemType.COMMAND_NOT_SUPPORTED;
        };
        ProblemDetail problem = type.toProblemDetail(e.getMessage());
        problem.setProperty("commandId", e.commandId().value());
        if (e.errorCode() != null) {
            problem.setProperty("errorCode", e.errorCode());
        }
        return respond(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler(CommandException.class)
    ResponseEntity<Object> handleUnauditedCommandFailure(CommandException e, WebRequest request) {
        ProblemType type = switch (e.failure()) {
            case OFFLINE -> ProblemType.CHARGER_OFFLINE;
            case TIMEOUT -> ProblemType.COMMAND_TIMEOUT;
            case CALL_ERROR -> ProblemType.COMMAND_FAILED;
            case NOT_SUPPORTED -> ProblemType.COMMAND_NOT_SUPPORTED;
        };
        return respond(type.toProblemDetail(e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> handleInvalidCommand(InvalidCommandException e, WebRequest request) {
        return respond(ProblemType.VALIDATION_FAILED.toProblemDetail(e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure handling {}", path(request), e);
        return respond(ProblemType.INTERNAL_ERROR.toProblemDetail("An unexpected error occurred; it has been logged."),
                new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new ProblemException.FieldError(error.getField(), message(error))));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new ProblemException.FieldError(error.getObjectName(), message(error))));
        return respond(invalid(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new ProblemException.FieldError(name, message(error))));
        });
        return respond(invalid(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "value" : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        return respond(invalid(List.of(new ProblemException.FieldError(field, "must be " + expected))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return respond(invalid(List.of(new ProblemException.FieldError(e.getParameterName(), "is required"))),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // Name the offending field when Jackson knows it, but never echo parser internals.
        String detail = "The request body is missing, is not valid JSON, or does not match the expected shape";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            ProblemDetail problem = ProblemType.MALFORMED_REQUEST.toProblemDetail(detail + " (at " + field + ")");
            problem.setProperty(ERRORS, List.of(new ProblemException.FieldError(field, "has the wrong type or format")));
            return respond(problem, headers, request);
        }
        return respond(ProblemType.MALFORMED_REQUEST.toProblemDetail(detail), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return respond(ProblemType.NOT_FOUND.toProblemDetail("No resource at " + path(request)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        ProblemDetail problem = ProblemType.METHOD_NOT_ALLOWED.toProblemDetail(
                e.getMethod() + " is not supported here" + (e.getSupportedHttpMethods() == null ? ""
                        : "; use " + e.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining(", "))));
        return respond(problem, headers, request);
    }

    /** Everything the base class handles by itself (406, 415, ...) still gets a type URI and an instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            complete(problem, request);
        }
        return response;
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        complete(problem, request);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static void complete(ProblemDetail problem, WebRequest request) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(ProblemType.uriForStatus(problem.getStatus()));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(path(request)));
        }
    }

    private static ProblemDetail invalid(List<ProblemException.FieldError> errors) {
        ProblemDetail problem = ProblemType.VALIDATION_FAILED.toProblemDetail(errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ", "Invalid request: ", "")));
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an ISO-8601 instant, e.g. 2025-01-31T08:00:00Z";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
    }
}
