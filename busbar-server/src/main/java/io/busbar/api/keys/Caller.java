package io.busbar.api.keys;

import io.busbar.commands.Actor;
import io.busbar.tenants.Area;
import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;

import java.util.Set;

/**
 * Who is calling the operator API: the tenant whose data the request may see, the actor for audit logs, and the
 * scopes that bound what it may do. Set by the authentication filter for every {@code /api/v1} request.
 */
public record Caller(TenantId tenant, Actor actor, Set<Scope> scopes) {
    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(Area area, boolean write) {
        return scopes.stream().anyMatch(scope -> scope.grants(area, write));
    }

    /** The platform operator: may create and list tenants. */
    public boolean platform() {
        return scopes.contains(Scope.PLATFORM);
    }

    /** Least privilege: a caller can hand out (to a new key) only what it holds itself. */
    public boolean mayGrant(Scope scope) {
        if (scope.equals(Scope.PLATFORM) || scope.equals(Scope.ADMIN)) {
            return scopes.contains(scope);
        }
        return may(scope.area(), scope.write());
    }
}
