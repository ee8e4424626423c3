package io.busbar.api.sessions;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A session belongs to its charger's tenant; this covers {@code /sessions/{id}} and everything under it. */
@Component
class SessionOwnership implements OwnedResources {
    private final SessionQueries sessions;

    SessionOwnership(SessionQueries sessions) {
        this.sessions = sessions;
    }

    @Override
    public String collection() {
        return "sessions";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return sessions.tenantOf(new SessionId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As {@code SessionNotFoundException} is answered (ApiExceptionHandler). */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.SESSION_NOT_FOUND, "No session " + UUID.fromString(id));
    }
}
