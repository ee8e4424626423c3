package io.busbar.authorization;

import java.time.Instant;

/** A registered token. {@code blocked} tokens are refused; {@code expiresAt} null means no expiry. */
public record TokenRecord(IdToken token, String label, boolean blocked, Instant expiresAt, String groupId,
                          Instant createdAt) {
}
