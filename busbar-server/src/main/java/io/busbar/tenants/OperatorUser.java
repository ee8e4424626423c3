package io.busbar.tenants;

import java.time.Instant;

/** A person of a tenant who works in the API and the console, with a role. Never carries the password. */
public record OperatorUser(UserId id, TenantId tenant, String email, String name, Role role, Instant createdAt,
                           Instant disabledAt, Instant lastLoginAt) {
    public boolean active() {
        return disabledAt == null;
    }
}
