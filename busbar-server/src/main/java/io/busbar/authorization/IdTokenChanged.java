package io.busbar.authorization;

import java.time.Instant;

/**
 * Event: a token was registered or changed (blocked, unblocked, expiry or group changed), published in the writing
 * transaction. {@code token} is the token as it is now; listeners that copy tokens elsewhere (local authorization
 * lists) bring their copy up to date.
 */
public record IdTokenChanged(TokenRecord token, Instant at) {
}
