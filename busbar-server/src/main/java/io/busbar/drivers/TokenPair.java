package io.busbar.drivers;

import java.time.Instant;

/**
 * What login and refresh hand out: a short-lived access token (JWT) for {@code Authorization: Bearer} and an opaque
 * refresh token that buys the next pair once. {@code toString} shows neither.
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                        Instant refreshTokenExpiresAt) {
    @Override
    public String toString() {
        return "TokenPair[access until " + accessTokenExpiresAt + ", refresh until " + refreshTokenExpiresAt + "]";
    }
}
