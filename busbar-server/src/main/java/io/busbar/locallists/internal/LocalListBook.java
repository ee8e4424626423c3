package io.busbar.locallists.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.locallists.LocalListState;
import io.busbar.locallists.SendLocalList.UpdateType;
import io.busbar.locallists.SyncState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The local_lists table; each write is one auto-committed statement. */
@Component
class LocalListBook {
    private static final String COLUMNS = "SELECT charger, enabled, sync_state, version, accepted_version, "
            + "reported_version, reported_at, last_update_type, last_entries, last_result, last_error, "
            + "last_attempt_at FROM local_lists";
    private final JdbcClient jdbc;

    LocalListBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalListState> find(ChargerIdentity charger) {
        return jdbc.sql(COLUMNS + " WHERE charger = :charger").param("charger", charger.value())
                .query(this::map).optional();
    }

    List<ChargerIdentity> enabledChargers() {
        return jdbc.sql("SELECT charger FROM local_lists WHERE enabled ORDER BY charger")
                .query((rs, row) -> new ChargerIdentity(rs.getString(1))).list();
    }

    void setEnabled(ChargerIdentity charger, boolean enabled, Instant now) {
        jdbc.sql("""
                        INSERT INTO local_lists (charger, enabled, sync_state, updated_at)
                        VALUES (:charger, :enabled, :state, :now)
                        ON CONFLICT (charger) DO UPDATE
                            SET enabled = excluded.enabled, sync_state = excluded.sync_state,
                                updated_at = excluded.updated_at""")
                .param("charger", charger.value()).param("enabled", enabled)
                .param("state", (enabled ? SyncState.OUT_OF_SYNC : SyncState.DISABLED).name())
                .param("now", sql(now))
                .update();
    }

    /** The next version number: one above everything sent or seen, so that a differential update is never stale. */
    int nextVersion(ChargerIdentity charger, Instant now) {
        return jdbc.sql("""
                        UPDATE local_lists
                           SET version = GREATEST(version, COALESCE(reported_version, 0)) + 1, updated_at = :now
                         WHERE charger = :charger
                        RETURNING version""")
                .param("charger", charger.value()).param("now", sql(now))
                .query(Integer.class).single();
    }

    /** Records an update's outcome; {@code state} null leaves the sync state as it is (used while disabled). */
    void attempted(ChargerIdentity charger, UpdateType type, int version, int entries, String result, String error,
                   boolean accepted, SyncState state, Instant now) {
        jdbc.sql("""
                        UPDATE local_lists
                           SET last_update_type = :type, last_entries = :entries, last_result = :result,
                               last_error = :error, last_attempt_at = :now, updated_at = :now,
                               accepted_version = CASE WHEN :accepted THEN :version ELSE accepted_version END,
                               sync_state = COALESCE(CAST(:state AS text), sync_state)
                         WHERE charger = :charger""")
                .param("type", type.name()).param("entries", entries).param("result", result)
                .param("error", error).param("now", sql(now)).param("accepted", accepted).param("version", version)
                .param("state", state == null ? null : state.name()).param("charger", charger.value())
                .update();
    }

    void markOutOfSync(ChargerIdentity charger, Instant now) {
        jdbc.sql("""
                        UPDATE local_lists SET sync_state = 'OUT_OF_SYNC', updated_at = :now
                         WHERE charger = :charger AND enabled AND sync_state = 'IN_SYNC'""")
                .param("charger", charger.value()).param("now", sql(now))
                .update();
    }

    void reported(ChargerIdentity charger, int version, Instant now) {
        jdbc.sql("""
                        INSERT INTO local_lists (charger, enabled, sync_state, reported_version, reported_at, updated_at)
                        VALUES (:charger, false, 'DISABLED', :version, :now, :now)
                        ON CONFLICT (charger) DO UPDATE
                            SET reported_version = excluded.reported_version, reported_at = excluded.reported_at,
                                updated_at = excluded.updated_at""")
                .param("charger", charger.value()).param("version", version).param("now", sql(now))
                .update();
    }

    private LocalListState map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("last_update_type");
        return new LocalListState(new ChargerIdentity(rs.getString("charger")), rs.getBoolean("enabled"),
                SyncState.valueOf(rs.getString("sync_state")), rs.getInt("version"),
                rs.getObject("accepted_version", Integer.class), rs.getObject("reported_version", Integer.class),
                instant(rs, "reported_at"), type == null ? null : UpdateType.valueOf(type),
                rs.getObject("last_entries", Integer.class), rs.getString("last_result"), rs.getString("last_error"),
                instant(rs, "last_attempt_at"));
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
