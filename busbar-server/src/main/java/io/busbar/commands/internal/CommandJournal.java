package io.busbar.commands.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;
import io.busbar.commands.CommandFailure;
import io.busbar.commands.CommandId;
import io.busbar.commands.CommandLog;
import io.busbar.commands.CommandRecord;
import io.busbar.commands.CommandRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command_log table. Each write is its own (auto-committed) statement. */
@Component
class CommandJournal implements CommandLog {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, charger, command, arguments::text AS arguments, actor_kind, actor_id, "
            + "actor_name, requested_at, completed_at, failure, status, answer::text AS answer, error";
    /** Answer statuses that mean the charger would not or could not do it (both versions' literals). */
    private static final Set<String> REFUSALS = Set.of("Rejected", "Failed", "NotSupported", "NotImplemented",
            "UnlockFailed", "UnknownConnector", "UnknownMessageId", "UnknownVendorId");
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;

    CommandJournal(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events,
                   TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.transactions = transactions;
    }

    void requested(CommandId id, ChargerIdentity charger, String command, Map<String, Object> arguments, Actor actor,
                   Instant at) {
        jdbc.sql("""
                        INSERT INTO command_log (id, charger, command, arguments, actor_kind, actor_id, actor_name, requested_at)
                        VALUES (:id, :charger, :command, :arguments::jsonb, :kind, :actorId, :actorName, :at)""")
                .param("id", id.value()).param("charger", charger.value()).param("command", command)
                .param("arguments", json.writeValueAsString(arguments)).param("kind", actor.kind())
                .param("actorId", actor.id()).param("actorName", actor.name()).param("at", Timestamp.from(at))
                .update();
    }

    void answered(CommandId id, Instant at, String status, Map<String, Object> answer) {
        transactions.executeWithoutResult(tx -> {
            var row = jdbc.sql("UPDATE command_log SET completed_at = :at, status = :status, answer = :answer::jsonb"
                            + " WHERE id = :id RETURNING charger, command")
                    .param("at", Timestamp.from(at)).param("status", status)
                    .param("answer", json.writeValueAsString(answer)).param("id", id.value())
                    .query().singleRow();
            if (status != null && REFUSALS.contains(status)) {
                events.publishEvent(new CommandRefused(id, new ChargerIdentity((String) row.get("charger")),
                        (String) row.get("command"), status, null, null, at));
            }
        });
    }

    void failed(CommandId id, Instant at, CommandFailure failure, String error) {
        transactions.executeWithoutResult(tx -> {
            var row = jdbc.sql("UPDATE command_log SET completed_at = :at, failure = :failure, error = :error"
                            + " WHERE id = :id RETURNING charger, command")
                    .param("at", Timestamp.from(at)).param("failure", failure == null ? null : failure.name())
                    .param("error", error).param("id", id.value())
                    .query().singleRow();
            if (failure == CommandFailure.CALL_ERROR || failure == CommandFailure.TIMEOUT) {
                events.publishEvent(new CommandRefused(id, new ChargerIdentity((String) row.get("charger")),
                        (String) row.get("command"), null, failure, error, at));
            }
        });
    }

    @Override
    public Optional<CommandRecord> find(CommandId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM command_log WHERE id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    @Override
    public List<CommandRecord> forCharger(ChargerIdentity charger, CommandId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM command_log WHERE charger = :charger"
                        + " AND (CAST(:before AS uuid) IS NULL OR seq < (SELECT seq FROM command_log WHERE id = CAST(:before AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("charger", charger.value()).param("before", before == null ? null : before.value())
                .param("limit", limit)
                .query(this::map).list();
    }

    private CommandRecord map(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure");
        String answer = rs.getString("answer");
        return new CommandRecord(new CommandId(rs.getObject("id", java.util.UUID.class)),
                new ChargerIdentity(rs.getString("charger")), rs.getString("command"),
                json.readValue(rs.getString("arguments"), MAP),
                new Actor(rs.getString("actor_kind"), rs.getString("actor_id"), rs.getString("actor_name")),
                instant(rs, "requested_at"), instant(rs, "completed_at"),
                failure == null ? null : CommandFailure.valueOf(failure), rs.getString("status"),
                answer == null ? null : json.readValue(answer, MAP), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
