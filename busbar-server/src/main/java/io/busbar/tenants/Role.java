package io.busbar.tenants;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** What an operator user may do, as a set of {@link Scope scopes}; the same for the API and the web console. */
public enum Role {
    /** Everything within the tenant, including keys, users, webhooks and the brand. */
    ADMIN,
    /** Runs the network: reads everything but access, changes everything but access, webhooks and the brand. */
    OPERATOR,
    /** Helps drivers: reads everything but access; stops sessions, sends commands, manages tokens and tickets. */
    SUPPORT,
    /** Looks, never touches: reads everything but access. */
    READ_ONLY;

    private static final Set<Area> OPERATOR_WRITES = EnumSet.complementOf(EnumSet.of(Area.ACCESS, Area.TENANT, Area.WEBHOOKS));
    private static final Set<Area> SUPPORT_WRITES = EnumSet.of(Area.COMMANDS, Area.SESSIONS, Area.TOKENS, Area.MAINTENANCE,
            Area.ALERTS, Area.DRIVERS);

    public Set<Scope> scopes() {
        if (this == ADMIN) {
            return Set.of(Scope.ADMIN);
        }
        Set<Scope> scopes = new LinkedHashSet<>();
        Set<Area> writes = switch (this) {
            case OPERATOR -> OPERATOR_WRITES;
            case SUPPORT -> SUPPORT_WRITES;
            default -> Set.of();
        };
        for (Area area : Area.values()) {
            if (area == Area.ACCESS) {
                continue;
            }
            scopes.add(writes.contains(area) ? Scope.write(area) : Scope.read(area));
        }
        return Set.copyOf(scopes);
    }
}
