package io.busbar.drivers.internal;

import io.busbar.authorization.IdTokenType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandFailure;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.OperatorCommands;
import io.busbar.commands.RemoteStart;
import io.busbar.commands.RemoteStartResult;
import io.busbar.commands.RemoteStop;
import io.busbar.drivers.AppStart;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.DriverSessions;
import io.busbar.drivers.IdempotencyKeyConflictException;
import io.busbar.drivers.InvalidCredentialsException;
import io.busbar.drivers.SessionAlreadyEndedException;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts and stops from the app through the audited command path operators use ({@link OperatorCommands}), with the
 * driver as the actor; and the driver's view of sessions.
 */
@Service
class AppSessions implements DriverSessions {
    private static final Comparator<Session> NEWEST_FIRST = Comparator.comparing(Session::startedAt)
            .thenComparing(session -> session.id().value()).reversed();

    private final JdbcClient jdbc;
    private final DriverBook drivers;
    private final CardBook cards;
    private final ChargerRegistry chargers;
    private final OperatorCommands commands;
    private final SessionQueries sessions;
    private final Clock clock;

    AppSessions(JdbcClient jdbc, DriverBook drivers, CardBook cards, ChargerRegistry chargers,
                OperatorCommands commands, SessionQueries sessions, Clock clock) {
        this.jdbc = jdbc;
        this.drivers = drivers;
        this.cards = cards;
        this.chargers = chargers;
        this.commands = commands;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public AppStart start(DriverPrincipal principal, String idempotencyKey, ChargerIdentity charger, int evseId) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new IllegalArgumentException("Idempotency-Key must have 1 to 255 characters");
        }
        if (evseId < 1) {
            throw new IllegalArgumentException("evseId must be 1 or more");
        }
        Driver driver = require(principal);
        if (!chargers.tenantOf(charger).map(principal.tenant()::equals).orElse(false)) {
            throw new ChargerNotFoundException(charger); // another tenant's charger is answered like a missing one
        }
        int remoteStartId = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        // Claimed in its own statement (committed at once): a concurrent request with the key sees the claim.
        int claimed = jdbc.sql("""
                        INSERT INTO driver_app_starts (driver_id, idempotency_key, charger, evse_id, remote_start_id,
                                                       requested_at)
                        VALUES (:driver, :key, :charger, :evse, :remoteStartId, :now)
                        ON CONFLICT (driver_id, idempotency_key) DO NOTHING""")
                .param("driver", driver.id().value()).param("key", idempotencyKey).param("charger", charger.value())
                .param("evse", evseId).param("remoteStartId", remoteStartId)
                .param("now", DriverBook.at(clock.instant())).update();
        if (claimed == 0) {
            return replay(principal, idempotencyKey, charger, evseId);
        }
        RemoteStart command = new RemoteStart(driver.appToken(), IdTokenType.CENTRAL, evseId, remoteStartId);
        try {
            Audited<RemoteStartResult> audited = commands.execute(actor(driver), charger, command);
            answer(principal, idempotencyKey, audited.result().status(), audited.id().toString(), null, null);
        } catch (AuditedCommandException e) {
            // Stored too: after a timeout the charger may have started, so the same key must not send again.
            answer(principal, idempotencyKey, null, e.commandId().toString(), e.failure(), e.getMessage());
        } catch (RuntimeException e) {
            // Nothing was sent (e.g. the charger was deleted meanwhile): free the key for a retry.
            jdbc.sql("DELETE FROM driver_app_starts WHERE driver_id = :driver AND idempotency_key = :key")
                    .param("driver", driver.id().value()).param("key", idempotencyKey).update();
            throw e;
        }
        return stored(principal, idempotencyKey).orElseThrow();
    }

    private AppStart replay(DriverPrincipal principal, String key, ChargerIdentity charger, int evseId) {
        AppStart earlier = stored(principal, key).orElseThrow(() ->
                new IdempotencyKeyConflictException("The request with this Idempotency-Key failed; retry it", true));
        if (!earlier.charger().equals(charger) || earlier.evseId() != evseId) {
            throw new IdempotencyKeyConflictException(
                    "This Idempotency-Key was used for a start on another charger or EVSE", false);
        }
        if (earlier.status() == null && earlier.failure() == null) {
            throw new IdempotencyKeyConflictException(
                    "The start with this Idempotency-Key is waiting for the charger's answer; retry in a moment", true);
        }
        return earlier.replay();
    }

    private void answer(DriverPrincipal principal, String key, String status, String commandId, CommandFailure failure,
                        String detail) {
        jdbc.sql("""
                        UPDATE driver_app_starts SET status = :status, command_id = :command, failure = :failure,
                               failure_detail = :detail, answered_at = :now
                        WHERE driver_id = :driver AND idempotency_key = :key""")
                .param("status", status).param("command", commandId)
                .param("failure", failure == null ? null : failure.name()).param("detail", detail)
                .param("now", DriverBook.at(clock.instant())).param("driver", principal.driver().value())
                .param("key", key).update();
    }

    private Optional<AppStart> stored(DriverPrincipal principal, String key) {
        return jdbc.sql("""
                        SELECT charger, evse_id, remote_start_id, status, command_id, failure, failure_detail, requested_at
                        FROM driver_app_starts WHERE driver_id = :driver AND idempotency_key = :key""")
                .param("driver", principal.driver().value()).param("key", key).query(AppSessions::map).optional();
    }

    @Override
    public String stop(DriverPrincipal principal, SessionId id) {
        Driver driver = require(principal);
        Session session = find(principal, id).orElseThrow(() -> new SessionNotFoundException(id.toString()));
        if (session.state() == SessionState.ENDED) {
            throw new SessionAlreadyEndedException("Session " + id + " ended at " + session.endedAt());
        }
        // ADR 0004: a 1.6 charger knows the transaction by Busbar's number, a 2.0.1 one by its own id.
        String transactionId = session.chargerTransactionId() != null ? session.chargerTransactionId()
                : Long.toString(session.transactionNumber());
        Audited<CommandStatus> audited = commands.execute(actor(driver), session.charger(), new RemoteStop(transactionId));
        return audited.result().status();
    }

    @Override
    public SessionHistory history(DriverPrincipal principal, SessionId before, int limit) {
        Set<String> tokens = cards.everHeld(principal);
        // The newest limit+1 of the union are among the newest limit+1 of each token's sessions.
        List<Session> merged = tokens.stream()
                .flatMap(token -> sessions.list(new SessionQueries.SessionFilter(null, token, null, null, null),
                        before, limit + 1).stream())
                .sorted(NEWEST_FIRST).limit(limit + 1L).toList();
        List<Session> page = merged.size() > limit ? merged.subList(0, limit) : merged;
        SessionId next = merged.size() > limit ? page.getLast().id() : null;
        Map<ChargerIdentity, Boolean> ours = new HashMap<>();
        List<Session> visible = page.stream()
                .filter(session -> ours.computeIfAbsent(session.charger(), c -> inTenant(c, principal.tenant())))
                .toList();
        return new SessionHistory(visible, next);
    }

    @Override
    public Optional<Session> find(DriverPrincipal principal, SessionId id) {
        return sessions.find(id)
                .filter(session -> inTenant(session.charger(), principal.tenant()))
                .filter(session -> sessions.idTokenValue(id).map(cards.everHeld(principal)::contains).orElse(false));
    }

    private boolean inTenant(ChargerIdentity charger, TenantId tenant) {
        return chargers.tenantOf(charger).map(tenant::equals).orElse(false);
    }

    private Driver require(DriverPrincipal principal) {
        return drivers.find(principal.tenant(), principal.driver())
                .orElseThrow(() -> new InvalidCredentialsException("The driver no longer exists"));
    }

    private static Actor actor(Driver driver) {
        return new Actor("driver", driver.id().toString(), null);
    }

    private static AppStart map(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure");
        return new AppStart(new ChargerIdentity(rs.getString("charger")), rs.getInt("evse_id"),
                rs.getInt("remote_start_id"), rs.getString("status"), rs.getString("command_id"),
                failure == null ? null : CommandFailure.valueOf(failure), rs.getString("failure_detail"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(), false);
    }
}
