package io.busbar.maintenance.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.maintenance.Ticket;
import io.busbar.maintenance.TicketHistoryEntry;
import io.busbar.maintenance.TicketId;
import io.busbar.maintenance.TicketOrigin;
import io.busbar.maintenance.TicketPriority;
import io.busbar.maintenance.TicketState;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The maintenance_tickets and maintenance_ticket_history tables. Callers hold the transaction. */
@Component
class TicketStore {
    private static final String COLUMNS = """
            id, state, priority, title, description, charger, evse_id, origin, origin_ref, assignee, opened_by,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a unique index says the ticket exists already (one per playbook run, one open per EVSE). */
    boolean insert(Ticket t) {
        return jdbc.sql("""
                        INSERT INTO maintenance_tickets (id, state, priority, title, description, charger, evse_id, origin,
                                                         origin_ref, assignee, opened_by, created_at, updated_at)
                        VALUES (:id, :state, :priority, :title, :description, :charger, :evse, :origin, :ref, :assignee,
                                :openedBy, :at, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", t.id().value()).param("state", t.state().name()).param("priority", t.priority().name())
                .param("title", t.title()).param("description", t.description())
                .param("charger", t.charger().value()).param("evse", t.evseId())
                .param("origin", t.origin().name()).param("ref", t.originRef()).param("assignee", t.assignee())
                .param("openedBy", t.openedBy()).param("at", sql(t.createdAt()))
                .update() == 1;
    }

    Optional<Ticket> find(TicketId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance_tickets WHERE id = :id").param("id", id.value())
                .query(TicketStore::ticket).optional();
    }

    /** The row locked for an update. */
    Optional<Ticket> lock(TicketId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance_tickets WHERE id = :id FOR UPDATE")
                .param("id", id.value()).query(TicketStore::ticket).optional();
    }

    Optional<Ticket> openPrediction(ChargerIdentity charger, int evseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance_tickets WHERE origin = 'PREDICTION'"
                        + " AND charger = :charger AND evse_id = :evse AND state NOT IN ('RESOLVED', 'CLOSED')")
                .param("charger", charger.value()).param("evse", evseId).query(TicketStore::ticket).optional();
    }

    List<Ticket> list(TenantId tenant, TicketState state, ChargerIdentity charger, TicketId after, int limit) {
        // A ticket belongs to its charger's tenant.
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance_tickets"
                        + " WHERE (CAST(:state AS text) IS NULL OR state = :state)"
                        + " AND (CAST(:tenant AS uuid) IS NULL"
                        + "      OR charger IN (SELECT identity FROM chargers WHERE tenant_id = CAST(:tenant AS uuid)))"
                        + " AND (CAST(:charger AS text) IS NULL OR charger = :charger)"
                        + " AND (CAST(:after AS uuid) IS NULL OR seq < (SELECT seq FROM maintenance_tickets WHERE id = CAST(:after AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("state", state == null ? null : state.name())
                .param("tenant", tenant == null ? null : tenant.value())
                .param("charger", charger == null ? null : charger.value())
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(TicketStore::ticket).list();
    }

    void update(TicketId id, TicketState state, String assignee, Instant at) {
        jdbc.sql("UPDATE maintenance_tickets SET state = :state, assignee = :assignee, updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("state", state.name()).param("assignee", assignee).param("at", sql(at))
                .update();
    }

    void touch(TicketId id, Instant at) {
        jdbc.sql("UPDATE maintenance_tickets SET updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("at", sql(at)).update();
    }

    void append(TicketId id, TicketHistoryEntry entry) {
        jdbc.sql("""
                        INSERT INTO maintenance_ticket_history (ticket_id, at, actor, action, from_state, to_state, assignee, comment)
                        VALUES (:id, :at, :actor, :action, :from, :to, :assignee, :comment)""")
                .param("id", id.value()).param("at", sql(entry.at())).param("actor", entry.actor())
                .param("action", entry.action().name())
                .param("from", entry.fromState() == null ? null : entry.fromState().name())
                .param("to", entry.toState() == null ? null : entry.toState().name())
                .param("assignee", entry.assignee()).param("comment", entry.comment())
                .update();
    }

    List<TicketHistoryEntry> history(TicketId id) {
        return jdbc.sql("""
                        SELECT at, actor, action, from_state, to_state, assignee, comment FROM maintenance_ticket_history
                         WHERE ticket_id = :id ORDER BY seq""")
                .param("id", id.value())
                .query((rs, n) -> new TicketHistoryEntry(instant(rs, "at"), rs.getString("actor"),
                        TicketHistoryEntry.Action.valueOf(rs.getString("action")), state(rs, "from_state"),
                        state(rs, "to_state"), rs.getString("assignee"), rs.getString("comment")))
                .list();
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        return new Ticket(new TicketId(rs.getObject("id", java.util.UUID.class)),
                TicketState.valueOf(rs.getString("state")), TicketPriority.valueOf(rs.getString("priority")),
                rs.getString("title"), rs.getString("description"), new ChargerIdentity(rs.getString("charger")),
                rs.getObject("evse_id", Integer.class), TicketOrigin.valueOf(rs.getString("origin")),
                rs.getString("origin_ref"), rs.getString("assignee"), rs.getString("opened_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static TicketState state(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : TicketState.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime sql(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
