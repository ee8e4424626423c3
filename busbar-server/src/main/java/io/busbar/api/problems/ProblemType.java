package io.busbar.api.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * The kinds of problem the API reports (RFC 9457). Each has a stable {@code type} URI under {@link #BASE}:
 * clients branch on the type, never on the human-readable title or detail.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request body could not be read"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "A valid API key is required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "The credentials do not allow this"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    CHARGER_NOT_FOUND("charger-not-found", HttpStatus.NOT_FOUND, "Charger not found"),
    CHARGER_ALREADY_REGISTERED("charger-already-registered", HttpStatus.CONFLICT, "Charger already registered"),
    SITE_NOT_FOUND("site-not-found", HttpStatus.NOT_FOUND, "Site not found"),
    ID_TOKEN_NOT_FOUND("id-token-not-found", HttpStatus.NOT_FOUND, "Id token not found"),
    ID_TOKEN_ALREADY_EXISTS("id-token-already-exists", HttpStatus.CONFLICT, "Id token already exists"),
    SESSION_NOT_FOUND("session-not-found", HttpStatus.NOT_FOUND, "Session not found"),
    API_KEY_NOT_FOUND("api-key-not-found", HttpStatus.NOT_FOUND, "API key not found"),
    LAST_ACTIVE_API_KEY("last-active-api-key", HttpStatus.CONFLICT, "Cannot revoke the last key able to manage keys"),
    CHARGER_OFFLINE("charger-offline", HttpStatus.CONFLICT, "Charger offline"),
    COMMAND_TIMEOUT("command-timeout", HttpStatus.GATEWAY_TIMEOUT, "The charger did not answer in time"),
    COMMAND_FAILED("command-failed", HttpStatus.BAD_GATEWAY, "The charger answered with an error"),
    COMMAND_NOT_SUPPORTED("command-not-supported", HttpStatus.UNPROCESSABLE_CONTENT,
            "The charger's protocol version has no such operation"),
    COMMAND_NOT_FOUND("command-not-found", HttpStatus.NOT_FOUND, "Command not found"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The request conflicts with the current state"),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "The content is larger than allowed"),
    LINK_GONE("link-gone", HttpStatus.GONE, "The link was already used or has expired"),
    TARIFF_NOT_FOUND("tariff-not-found", HttpStatus.NOT_FOUND, "Tariff not found"),
    NO_TARIFF_APPLIES("no-tariff-applies", HttpStatus.CONFLICT, "No tariff is assigned to the EVSE at that time"),
    ACCOUNT_NOT_FOUND("account-not-found", HttpStatus.NOT_FOUND, "Account not found"),
    NOTHING_TO_INVOICE("nothing-to-invoice", HttpStatus.CONFLICT, "Nothing to invoice in that period"),
    PAYMENT_DECLINED("payment-declined", HttpStatus.PAYMENT_REQUIRED, "The payment provider declined the payment"),
    PAYMENT_PROVIDER_FAILED("payment-provider-failed", HttpStatus.BAD_GATEWAY, "The payment provider failed"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests: slow down"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was used for a different request"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT,
            "A request with this Idempotency-Key is still being processed"),
    USER_NOT_FOUND("user-not-found", HttpStatus.NOT_FOUND, "User not found"),
    USER_EMAIL_TAKEN("user-email-taken", HttpStatus.CONFLICT, "A user with this e-mail exists"),
    INVALID_LOGIN("invalid-login", HttpStatus.UNAUTHORIZED, "Unknown e-mail or wrong password"),
    TENANT_NOT_FOUND("tenant-not-found", HttpStatus.NOT_FOUND, "Tenant not found"),
    TENANT_SLUG_TAKEN("tenant-slug-taken", HttpStatus.CONFLICT, "Another tenant uses that slug"),
    TOO_MANY_SUBSCRIBERS("too-many-subscribers", HttpStatus.SERVICE_UNAVAILABLE,
            "The stream has as many subscribers as it allows"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Problem type URIs are identifiers; they need not resolve. */
    public static final String BASE = "https://busbar.io/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public ProblemDetail toProblemDetail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }

    /** A type for statuses without a kind of their own (e.g. 406, 415): the reason phrase as a slug. */
    static URI uriForStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null ? "http-" + status : known.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return URI.create(BASE + slug);
    }
}
