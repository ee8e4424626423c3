package io.busbar.uptime.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.faults.FaultSeverity;
import io.busbar.uptime.internal.EvseTimeline.FaultSpan;
import io.busbar.uptime.internal.EvseTimeline.PresenceSpan;
import io.busbar.uptime.internal.EvseTimeline.Span;
import io.busbar.uptime.internal.EvseTimeline.StatusSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.busbar.uptime.internal.Sql.at;
import static io.busbar.uptime.internal.Sql.instant;

/** Range queries over the interval tables: what overlaps [from, to) for one charger. */
@Component
class TimelineQueries {
    private static final String OVERLAPS = "from_at < :to AND (to_at IS NULL OR to_at > :from)";
    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first status report of each EVSE (above 0) ever, in EVSE order. */
    Map<Integer, Instant> firstSeen(ChargerIdentity charger) {
        Map<Integer, Instant> first = new TreeMap<>();
        jdbc.sql("""
                        SELECT evse_id, min(from_at) AS first_at FROM uptime_connector_intervals
                         WHERE charger = :charger AND evse_id > 0 GROUP BY evse_id""")
                .param("charger", charger.value())
                .query(rs -> {
                    first.put(rs.getInt("evse_id"), instant(rs, "first_at"));
                });
        return first;
    }

    /** Status intervals by EVSE (0 = the charger as a whole). */
    Map<Integer, List<StatusSpan>> statuses(ChargerIdentity charger, Instant from, Instant to) {
        Map<Integer, List<StatusSpan>> byEvse = new LinkedHashMap<>();
        jdbc.sql("SELECT evse_id, connector_id, status, error_code, from_at, to_at FROM uptime_connector_intervals"
                        + " WHERE charger = :charger AND " + OVERLAPS + " ORDER BY evse_id, connector_id, from_at")
                .param("charger", charger.value()).param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    byEvse.computeIfAbsent(rs.getInt("evse_id"), evse -> new java.util.ArrayList<>())
                            .add(new StatusSpan(rs.getInt("connector_id"), ConnectorStatus.valueOf(rs.getString("status")),
                                    rs.getString("error_code"), new Span(instant(rs, "from_at"), instant(rs, "to_at"))));
                });
        return byEvse;
    }

    List<PresenceSpan> presence(ChargerIdentity charger, Instant from, Instant to) {
        return jdbc.sql("SELECT online, from_at, to_at FROM uptime_presence_intervals WHERE charger = :charger AND "
                        + OVERLAPS + " ORDER BY from_at")
                .param("charger", charger.value()).param("from", at(from)).param("to", at(to))
                .query((rs, row) -> new PresenceSpan(rs.getBoolean("online"),
                        new Span(instant(rs, "from_at"), instant(rs, "to_at"))))
                .list();
    }

    /** Faults of the charger overlapping the period, with their EVSE (null: the whole charger). */
    List<EvseFault> faults(ChargerIdentity charger, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT evse_id, type, severity, code, opened_at, closed_at FROM uptime_fault_intervals
                         WHERE charger = :charger AND opened_at < :to AND (closed_at IS NULL OR closed_at > :from)
                         ORDER BY opened_at""")
                .param("charger", charger.value()).param("from", at(from)).param("to", at(to))
                .query((rs, row) -> new EvseFault((Integer) rs.getObject("evse_id"),
                        new FaultSpan(rs.getString("type"), FaultSeverity.valueOf(rs.getString("severity")),
                                rs.getString("code"), new Span(instant(rs, "opened_at"), instant(rs, "closed_at")))))
                .list();
    }

    /** Sessions started in [from, to), per EVSE. */
    Map<Integer, SessionTally> sessions(ChargerIdentity charger, Instant from, Instant to) {
        Map<Integer, SessionTally> byEvse = new TreeMap<>();
        jdbc.sql("""
                        SELECT evse_id, ended_at, energy_wh, stop_reason FROM uptime_sessions
                         WHERE charger = :charger AND started_at >= :from AND started_at < :to
                           AND authorized IS DISTINCT FROM false""")
                .param("charger", charger.value()).param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    SessionTally tally = byEvse.getOrDefault(rs.getInt("evse_id"), SessionTally.NONE);
                    boolean ended = rs.getObject("ended_at") != null;
                    long energy = rs.getLong("energy_wh");
                    byEvse.put(rs.getInt("evse_id"), tally.plus(ended,
                            ended && energy > 0 && StopReasons.normal(rs.getString("stop_reason"))));
                });
        return byEvse;
    }

    record EvseFault(Integer evseId, FaultSpan fault) {
    }
}
