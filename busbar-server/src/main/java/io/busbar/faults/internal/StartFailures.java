package io.busbar.faults.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandLog;
import io.busbar.commands.CommandRefused;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.SessionEvents.SessionEnded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The "fails every start" ghost sign: an EVSE whose last {@code ghost-failed-starts} start outcomes all failed
 * (a session that delivered no energy, a refused RemoteStart for that EVSE) gets a GHOST_CHARGER fault
 * {@code FailedStarts}; a session that delivers energy closes it.
 */
@Component
class StartFailures {
    private static final int KEEP = 20;
    private static final String REMOTE_START = "RemoteStart";
    private final FaultJournal journal;
    private final JdbcClient jdbc;
    private final CommandLog commands;
    private final FaultProperties properties;

    StartFailures(FaultJournal journal, JdbcClient jdbc, CommandLog commands, FaultProperties properties) {
        this.journal = journal;
        this.jdbc = jdbc;
        this.commands = commands;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(SessionEnded ended) {
        boolean delivered = ended.energy() != null && ended.energy().compareTo(Energy.ZERO) > 0;
        record(ended.charger(), ended.evseId(), ended.at(), delivered,
                "session " + ended.session() + (delivered ? " delivered " : " delivered no energy: ") + ended.energy());
    }

    @ApplicationModuleListener
    void on(CommandRefused refused) {
        if (!REMOTE_START.equals(refused.name())) {
            return;
        }
        // Only a start aimed at one EVSE says something about that EVSE.
        Object evse = commands.find(refused.command()).map(record -> record.arguments().get("evseId")).orElse(null);
        if (evse instanceof Number evseId && evseId.intValue() > 0) {
            record(refused.charger(), evseId.intValue(), refused.at(), false,
                    "RemoteStart " + (refused.status() != null ? refused.status() : refused.failure()));
        }
    }

    private void record(ChargerIdentity charger, int evseId, Instant at, boolean ok, String what) {
        journal.lock("starts:" + charger.value() + ":" + evseId);
        jdbc.sql("INSERT INTO fault_start_outcomes (charger, evse_id, at, ok, what) VALUES (:charger, :evse, :at, :ok, :what)")
                .param("charger", charger.value()).param("evse", evseId).param("at", at.atOffset(ZoneOffset.UTC))
                .param("ok", ok).param("what", what).update();
        jdbc.sql("""
                        DELETE FROM fault_start_outcomes WHERE charger = :charger AND evse_id = :evse AND id NOT IN (
                            SELECT id FROM fault_start_outcomes WHERE charger = :charger AND evse_id = :evse
                             ORDER BY at DESC, id DESC LIMIT :keep)""")
                .param("charger", charger.value()).param("evse", evseId).param("keep", KEEP).update();
        // Decide from the newest outcomes by time, whatever order the events were handled in.
        List<Outcome> last = jdbc.sql("""
                        SELECT at, ok, what FROM fault_start_outcomes WHERE charger = :charger AND evse_id = :evse
                         ORDER BY at DESC, id DESC LIMIT :n""")
                .param("charger", charger.value()).param("evse", evseId).param("n", properties.ghostFailedStarts())
                .query((rs, row) -> new Outcome(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("ok"), rs.getString("what"))).list();
        if (!last.isEmpty() && last.getFirst().ok()) {
            journal.closeOpen(charger, evseId, List.of(FaultType.GHOST_CHARGER), GhostDetector.FAILED_STARTS,
                    last.getFirst().at(), "a session delivered energy");
        } else if (last.size() >= properties.ghostFailedStarts() && last.stream().noneMatch(Outcome::ok)) {
            journal.open(new NewFault(charger, evseId, FaultType.GHOST_CHARGER, FaultSeverity.ERROR,
                    GhostDetector.FAILED_STARTS, last.size() + " starts in a row failed",
                    Map.of("kind", "StartOutcomes", "outcomes", last.stream().map(Outcome::what).toList()),
                    last.getLast().at()));
        }
    }

    private record Outcome(Instant at, boolean ok, String what) {
    }
}
