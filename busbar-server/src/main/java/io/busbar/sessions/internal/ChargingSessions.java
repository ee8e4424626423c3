package io.busbar.sessions.internal;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.sessions.SessionState;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The {@code sessions} table. Lookups that precede a change lock the row, so concurrent messages queue. */
@Repository
class ChargingSessions {
    private static final String COLUMNS = """
            id, transaction_number, charger_identity, charger_transaction_id, evse_id, connector_id, id_token_value,
            id_token_type, authorization_status, authorization_expires_at, authorization_group_id, reservation_id,
            state, start_seen, started_at, ended_at, meter_start_wh, meter_stop_wh, energy_wh, charging_state,
            charging_state_seq_no, stop_reason, last_seq_no, last_soc, last_soc_at, register_first_at,
            register_first_wh, register_last_at, register_last_wh, register_location, updated_at""";

    private final JdbcClient jdbc;

    ChargingSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new session unless one with the same identity exists (any unique key: the 1.6 start key or the
     * charger's 2.0.1 transaction id), in which case nothing happens.
     *
     * @return the issued transaction number, or empty when the session already existed
     */
    OptionalLong insertIfAbsent(ChargingSession session) {
        Map<String, Object> params = writableColumns(session);
        params.put("id", session.id().value());
        params.put("charger", session.charger().value());
        params.put("chargerTransactionId", session.chargerTransactionId());
        List<Long> issued = jdbc.sql("""
                        INSERT INTO sessions (id, charger_identity, charger_transaction_id, evse_id, connector_id,
                            id_token_value, id_token_type, authorization_status, authorization_expires_at,
                            authorization_group_id, reservation_id, state, start_seen, started_at, ended_at,
                            meter_start_wh, meter_stop_wh, energy_wh, charging_state, charging_state_seq_no, stop_reason,
                            last_seq_no, last_soc, last_soc_at, register_first_at, register_first_wh, register_last_at,
                            register_last_wh, register_location, updated_at)
                        VALUES (:id, :charger, :chargerTransactionId, :evseId, :connectorId, :tokenValue, :tokenType,
                            :authorizationStatus, :authorizationExpiresAt, :authorizationGroupId, :reservationId,
                            :state, :startSeen, :startedAt, :endedAt, :meterStartWh, :meterStopWh, :energyWh,
                            :chargingState, :chargingStateSeqNo, :stopReason, :lastSeqNo, :lastSoc, :lastSocAt,
                            :registerFirstAt, :registerFirstWh, :registerLastAt, :registerLastWh, :registerLocation,
                            :updatedAt)
                        ON CONFLICT DO NOTHING
                        RETURNING transaction_number""")
                .params(params).query(Long.class).list();
        return issued.isEmpty() ? OptionalLong.empty() : OptionalLong.of(issued.getFirst());
    }

    /** Writes every field a transition may change. */
    void update(ChargingSession session) {
        Map<String, Object> params = writableColumns(session);
        params.put("id", session.id().value());
        jdbc.sql("""
                        UPDATE sessions SET evse_id = :evseId, connector_id = :connectorId, id_token_value = :tokenValue,
                            id_token_type = :tokenType, authorization_status = :authorizationStatus,
                            authorization_expires_at = :authorizationExpiresAt,
                            authorization_group_id = :authorizationGroupId, reservation_id = :reservationId,
                            state = :state, start_seen = :startSeen, started_at = :startedAt, ended_at = :endedAt,
                            meter_start_wh = :meterStartWh, meter_stop_wh = :meterStopWh, energy_wh = :energyWh,
                            charging_state = :chargingState, charging_state_seq_no = :chargingStateSeqNo,
                            stop_reason = :stopReason, last_seq_no = :lastSeqNo, last_soc = :lastSoc,
                            last_soc_at = :lastSocAt, register_first_at = :registerFirstAt,
                            register_first_wh = :registerFirstWh, register_last_at = :registerLastAt,
                            register_last_wh = :registerLastWh, register_location = :registerLocation,
                            updated_at = :updatedAt
                        WHERE id = :id""")
                .params(params).update();
    }

    /** The 1.6 start a retried StartTransaction repeats: same charger, connector, idTag and timestamp. */
    Optional<ChargingSession> findOcpp16Start(ChargerIdentity charger, int evseId, int connectorId, String tokenValue,
                                              Instant startedAt) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM sessions
                        WHERE charger_transaction_id IS NULL AND charger_identity = :charger AND evse_id = :evseId
                          AND connector_id = :connectorId AND id_token_value IS NOT DISTINCT FROM :tokenValue
                          AND started_at = :startedAt""")
                .param("charger", charger.value()).param("evseId", evseId).param("connectorId", connectorId)
                .param("tokenValue", tokenValue).param("startedAt", timestamp(startedAt))
                .query(ROW).optional();
    }

    Optional<ChargingSession> lockByTransactionNumber(ChargerIdentity charger, long number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sessions WHERE transaction_number = :number AND charger_identity = :charger FOR UPDATE")
                .param("number", number).param("charger", charger.value()).query(ROW).optional();
    }

    Optional<ChargingSession> lockByChargerTransactionId(ChargerIdentity charger, String chargerTransactionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sessions WHERE charger_identity = :charger AND charger_transaction_id = :id FOR UPDATE")
                .param("charger", charger.value()).param("id", chargerTransactionId).query(ROW).optional();
    }

    Optional<ChargingSession> find(SessionId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sessions WHERE id = :id").param("id", id.value()).query(ROW).optional();
    }

    /** Newest first by (started_at, id); {@code before} is the last session of the previous page. */
    List<ChargingSession> list(SessionFilter filter, ChargingSession before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sessions WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.tenant() != null) {
            // A session belongs to its charger's tenant (sessions.charger_identity has the default collation).
            sql.append(" AND charger_identity IN (SELECT identity COLLATE \"default\" FROM chargers WHERE tenant_id = :tenant)");
            params.put("tenant", filter.tenant().value());
        }
        if (filter.charger() != null) {
            sql.append(" AND charger_identity = :charger");
            params.put("charger", filter.charger().value());
        }
        if (filter.idTokenValue() != null) {
            sql.append(" AND id_token_value = :tokenValue");
            params.put("tokenValue", filter.idTokenValue());
        }
        if (filter.state() != null) {
            sql.append(" AND state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.from() != null) {
            sql.append(" AND started_at >= :from");
            params.put("from", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND started_at < :to");
            params.put("to", timestamp(filter.to()));
        }
        if (before != null) {
            sql.append(" AND (started_at, id) < (:beforeStartedAt, :beforeId)");
            params.put("beforeStartedAt", timestamp(before.startedAt()));
            params.put("beforeId", before.id().value());
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    Optional<TenantId> tenantOf(SessionId id) {
        return jdbc.sql("""
                        SELECT c.tenant_id FROM sessions s JOIN chargers c ON c.identity = s.charger_identity COLLATE "C"
                         WHERE s.id = :id""").param("id", id.value()).query(UUID.class).optional().map(TenantId::new);
    }

    /** Locks the session row against its end (FOR SHARE) until the caller's transaction ends. */
    boolean holdIfActive(SessionId id) {
        return jdbc.sql("SELECT state = 'ACTIVE' FROM sessions WHERE id = :id FOR SHARE")
                .param("id", id.value()).query(Boolean.class).optional().orElse(false);
    }

    boolean hasActiveSession(String tokenValue) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sessions WHERE state = 'ACTIVE' AND id_token_value = :value)")
                .param("value", tokenValue).query(Boolean.class).single();
    }

    private static Map<String, Object> writableColumns(ChargingSession s) {
        Map<String, Object> params = new HashMap<>();
        params.put("evseId", s.evseId());
        params.put("connectorId", s.connectorId());
        params.put("tokenValue", s.token() == null ? null : s.token().value());
        params.put("tokenType", s.token() == null ? null : s.token().type().name());
        params.put("authorizationStatus", s.authorization().status().name());
        params.put("authorizationExpiresAt", timestamp(s.authorization().expiresAt()));
        params.put("authorizationGroupId", s.authorization().groupId());
        params.put("reservationId", s.reservationId());
        params.put("state", s.state().name());
        params.put("startSeen", s.startSeen());
        params.put("startedAt", timestamp(s.startedAt()));
        params.put("endedAt", timestamp(s.endedAt()));
        params.put("meterStartWh", s.meterStartWh());
        params.put("meterStopWh", s.meterStopWh());
        params.put("energyWh", s.energyWh());
        params.put("chargingState", s.chargingState());
        params.put("chargingStateSeqNo", s.chargingStateSeqNo());
        params.put("stopReason", s.stopReason());
        params.put("lastSeqNo", s.lastSeqNo());
        params.put("lastSoc", s.soc().percent());
        params.put("lastSocAt", timestamp(s.soc().at()));
        params.put("registerFirstAt", timestamp(s.register().firstAt()));
        params.put("registerFirstWh", s.register().firstWh());
        params.put("registerLastAt", timestamp(s.register().lastAt()));
        params.put("registerLastWh", s.register().lastWh());
        params.put("registerLocation", s.register().location());
        params.put("updatedAt", timestamp(s.updatedAt()));
        return params;
    }

    private static final RowMapper<ChargingSession> ROW = (rs, n) -> new ChargingSession(
            new SessionId(rs.getObject("id", UUID.class)),
            rs.getLong("transaction_number"),
            new ChargerIdentity(rs.getString("charger_identity")),
            rs.getString("charger_transaction_id"),
            rs.getObject("evse_id", Integer.class),
            rs.getObject("connector_id", Integer.class),
            token(rs),
            new AuthorizationResult(AuthorizationStatus.valueOf(rs.getString("authorization_status")),
                    instant(rs, "authorization_expires_at"), rs.getString("authorization_group_id")),
            rs.getObject("reservation_id", Integer.class),
            SessionState.valueOf(rs.getString("state")),
            rs.getBoolean("start_seen"),
            instant(rs, "started_at"),
            instant(rs, "ended_at"),
            rs.getObject("meter_start_wh", Long.class),
            rs.getObject("meter_stop_wh", Long.class),
            rs.getLong("energy_wh"),
            rs.getString("charging_state"),
            rs.getObject("charging_state_seq_no", Long.class),
            rs.getString("stop_reason"),
            rs.getObject("last_seq_no", Long.class),
            new StateOfCharge(rs.getBigDecimal("last_soc"), instant(rs, "last_soc_at")),
            new RegisterSpan(instant(rs, "register_first_at"), rs.getBigDecimal("register_first_wh"),
                    instant(rs, "register_last_at"), rs.getBigDecimal("register_last_wh"),
                    rs.getString("register_location")),
            instant(rs, "updated_at"));

    private static IdToken token(ResultSet rs) throws SQLException {
        String value = rs.getString("id_token_value");
        return value == null ? null : new IdToken(value, IdTokenType.valueOf(rs.getString("id_token_type")));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
