package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The table evse_health: each EVSE's learned state in {@link io.busbar.predictive.method.EvseHealthFormat}. */
@Repository
class HealthStates {
    private final JdbcClient jdbc;

    HealthStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(EvseKey evse, byte[] state, Instant lastEvent) {
        jdbc.sql("""
                        INSERT INTO evse_health (charger, evse_id, state, last_event) VALUES (?, ?, ?, ?)
                        ON CONFLICT (charger, evse_id) DO UPDATE SET state = excluded.state, last_event = excluded.last_event""")
                .params(evse.charger().value(), evse.evseId(), state, lastEvent == null ? null : Timestamp.from(lastEvent))
                .update();
    }

    List<Stored> all() {
        return jdbc.sql("SELECT charger, evse_id, state FROM evse_health ORDER BY charger, evse_id")
                .query((rs, row) -> new Stored(new EvseKey(new ChargerIdentity(rs.getString("charger")),
                        rs.getInt("evse_id")), rs.getBytes("state")))
                .list();
    }

    void delete(EvseKey evse) {
        jdbc.sql("DELETE FROM evse_health WHERE charger = ? AND evse_id = ?")
                .params(evse.charger().value(), evse.evseId()).update();
    }

    record Stored(EvseKey evse, byte[] state) {
    }
}
