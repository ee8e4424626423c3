package io.busbar.authorization;

import io.busbar.tenants.TenantId;

import java.time.Instant;

/**
 * A registered token. {@code blocked} tokens are refused; {@code expiresAt} null means no expiry. A token only ever
 * authorizes at chargers of its {@code tenant}.
 */
public record TokenRecord(IdToken token, String label, boolean blocked, Instant expiresAt, String groupId,
                          Instant createdAt, TenantId tenant) {
}
