package io.busbar.sessions.internal;

import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionQueries;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The read side: sessions as operators see them (tokens masked), and their readings. */
@Service
class SessionFinder implements SessionQueries {
    static final int MAX_PAGE = 1_000;

    private final ChargingSessions sessions;
    private final MeterReadings readings;

    SessionFinder(ChargingSessions sessions, MeterReadings readings) {
        this.sessions = sessions;
        this.readings = readings;
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return sessions.find(id).map(ChargingSession::view);
    }

    @Override
    public boolean holdIfActive(SessionId id) {
        return sessions.holdIfActive(id);
    }

    @Override
    public Optional<TenantId> tenantOf(SessionId id) {
        return sessions.tenantOf(id);
    }

    /**
     * @throws IllegalArgumentException when {@code limit} is not 1..1000
     * @throws SessionNotFoundException when the cursor names no session
     */
    @Override
    public List<Session> list(SessionFilter filter, SessionId before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " sessions, not " + limit);
        }
        ChargingSession cursor = before == null ? null : sessions.find(before)
                .orElseThrow(() -> new SessionNotFoundException(before + " (the page cursor)"));
        return sessions.list(Objects.requireNonNullElse(filter, SessionFilter.ALL), cursor, limit).stream()
                .map(ChargingSession::view).toList();
    }

    @Override
    public List<MeterReading> readings(SessionId id, String measurand) {
        return readings.forSession(id, measurand);
    }

    @Override
    public Optional<String> idTokenValue(SessionId id) {
        return sessions.find(id).map(ChargingSession::token).map(token -> token.value());
    }
}
