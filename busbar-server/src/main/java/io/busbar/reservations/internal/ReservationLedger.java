package io.busbar.reservations.internal;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;
import io.busbar.reservations.Reservation;
import io.busbar.reservations.ReservationId;
import io.busbar.reservations.ReservationStatus;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reservations table. Every write is one auto-committed statement; transitions are guarded in SQL. */
@Component
class ReservationLedger {
    private static final String COLUMNS = "SELECT id, charger, evse_id, id_token, id_token_type, group_id_token, "
            + "expires_at, status, charger_status, command_id, created_at, updated_at FROM reservations";
    private final JdbcClient jdbc;

    ReservationLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Allocates the id from the reservation_ids sequence (int32, as both protocols require). */
    Reservation insertRequested(ChargerIdentity charger, Integer evseId, IdToken token, String groupIdToken,
                                Instant expiresAt, Instant now) {
        int id = jdbc.sql("""
                        INSERT INTO reservations (charger, evse_id, id_token, id_token_type, group_id_token,
                                                  expires_at, status, created_at, updated_at)
                        VALUES (:charger, :evseId, :token, :type, :group, :expiresAt, 'REQUESTED', :now, :now)
                        RETURNING id""")
                .param("charger", charger.value()).param("evseId", evseId).param("token", token.value())
                .param("type", token.type().name()).param("group", groupIdToken)
                .param("expiresAt", sql(expiresAt)).param("now", sql(now))
                .query(Integer.class).single();
        return find(new ReservationId(id)).orElseThrow();
    }

    void answered(ReservationId id, ReservationStatus status, String chargerStatus, CommandId commandId, Instant now) {
        jdbc.sql("""
                        UPDATE reservations SET status = :status, charger_status = :chargerStatus,
                               command_id = :commandId, updated_at = :now
                         WHERE id = :id AND status = 'REQUESTED'""")
                .param("status", status.name()).param("chargerStatus", chargerStatus)
                .param("commandId", commandId == null ? null : commandId.value()).param("now", sql(now))
                .param("id", id.value())
                .update();
    }

    /** Moves the reservation to {@code to} if it is in one of {@code from}; true when it moved. */
    boolean transition(ReservationId id, ChargerIdentity charger, Collection<ReservationStatus> from,
                       ReservationStatus to, Instant now) {
        return jdbc.sql("""
                        UPDATE reservations SET status = :to, updated_at = :now
                         WHERE id = :id AND charger = :charger AND status IN (:from)""")
                .param("to", to.name()).param("now", sql(now)).param("id", id.value())
                .param("charger", charger.value()).param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    int expireAcceptedUntil(Instant now) {
        return jdbc.sql("""
                        UPDATE reservations SET status = 'EXPIRED', updated_at = :now
                         WHERE status = 'ACCEPTED' AND expires_at <= :now""")
                .param("now", sql(now))
                .update();
    }

    Optional<Reservation> find(ReservationId id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(this::map).optional();
    }

    List<Reservation> list(TenantId tenant, ChargerIdentity charger, ReservationStatus status, ReservationId before,
                           int limit) {
        // A reservation belongs to its charger's tenant.
        return jdbc.sql(COLUMNS + " " + """
                         WHERE (CAST(:tenant AS uuid) IS NULL
                                OR charger IN (SELECT identity FROM chargers WHERE tenant_id = CAST(:tenant AS uuid)))
                           AND (CAST(:charger AS text) IS NULL OR charger = :charger)
                           AND (CAST(:status AS text) IS NULL OR status = :status)
                           AND (CAST(:before AS integer) IS NULL OR id < :before)
                         ORDER BY id DESC LIMIT :limit""")
                .param("tenant", tenant == null ? null : tenant.value())
                .param("charger", charger == null ? null : charger.value())
                .param("status", status == null ? null : status.name())
                .param("before", before == null ? null : before.value())
                .param("limit", limit)
                .query(this::map).list();
    }

    private Reservation map(ResultSet rs, int row) throws SQLException {
        UUID command = rs.getObject("command_id", UUID.class);
        return new Reservation(new ReservationId(rs.getInt("id")), new ChargerIdentity(rs.getString("charger")),
                rs.getObject("evse_id", Integer.class),
                new IdToken(rs.getString("id_token"), IdTokenType.valueOf(rs.getString("id_token_type"))),
                rs.getString("group_id_token"), instant(rs, "expires_at"),
                ReservationStatus.valueOf(rs.getString("status")), rs.getString("charger_status"),
                command == null ? null : new CommandId(command), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    /** The PostgreSQL driver binds OffsetDateTime for timestamptz, not Instant. */
    private static OffsetDateTime sql(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
