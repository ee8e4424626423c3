package io.busbar.dashboard;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The signed-in operator of a console request: their API session token ({@code bbs_...}, kept in an HttpOnly,
 * SameSite=Strict cookie) and the form token derived from it. A page on another site can neither read the cookie
 * nor compute the form token, so it cannot make the console act (OWASP: CSRF token derived from the session).
 */
public record ConsoleSession(String token) {
    static final String ATTRIBUTE = ConsoleSession.class.getName();

    public ConsoleSession {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token");
        }
    }

    /** The form token of this session: SHA-256 over a label and the session token, base64url. */
    public String csrfToken() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("busbar-console-form:" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean acceptsCsrf(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    /** The session of the current console request. @throws SignedOut outside a signed-in request */
    public static ConsoleSession current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object session = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (session instanceof ConsoleSession known) {
            return known;
        }
        throw new SignedOut("not signed in");
    }

    @Override
    public String toString() {
        return "ConsoleSession[****]";
    }
}
