package io.busbar.dashboard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), path /console. */
final class ConsoleCookie {
    static final String NAME = "busbar_console";

    private ConsoleCookie() {
    }

    static Optional<ConsoleSession> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue).filter(value -> value != null && value.startsWith("bbs_"))
                .findFirst().map(ConsoleSession::new);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token, Instant expiresAt, Instant now) {
        Duration age = expiresAt == null ? Duration.ofHours(8) : Duration.between(now, expiresAt);
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, token).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").path("/console").maxAge(age.isNegative() ? Duration.ZERO : age).build().toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, "").httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").path("/console").maxAge(Duration.ZERO).build().toString());
    }
}
