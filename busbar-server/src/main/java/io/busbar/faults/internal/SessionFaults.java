package io.busbar.faults.internal;

import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Failed sessions: one that ended for an EVSE fault, or delivered 0 Wh over at least
 * {@code failed-session-minimum}, opens SESSION_FAILED (WARNING) on its EVSE; {@code ghost-failed-starts} failed
 * or empty sessions in a row make the EVSE a ghost. A session that delivers energy closes both.
 */
@Component
class SessionFaults {
    /** Stop reasons that blame the EVSE (1.6 Reason, 2.0.1 ReasonEnumType). */
    private static final Set<String> EVSE_FAULT_REASONS = Set.of("EmergencyStop", "GroundFault",
            "OvercurrentFault", "PowerLoss", "PowerQuality");
    private final FaultJournal journal;
    private final SessionQueries sessions;
    private final FaultProperties properties;

    SessionFaults(FaultJournal journal, SessionQueries sessions, FaultProperties properties) {
        this.journal = journal;
        this.sessions = sessions;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(SessionEnded ended) {
        Session session = sessions.find(ended.session()).orElse(null);
        if (session == null) {
            return;
        }
        if (failed(session)) {
            String code = EVSE_FAULT_REASONS.contains(session.stopReason()) ? session.stopReason() : "NoEnergy";
            journal.open(new NewFault(ended.charger(), ended.evseId(), FaultType.SESSION_FAILED, FaultSeverity.WARNING,
                    code, "Session " + session.id() + " ended (" + session.stopReason() + ") after delivering "
                    + ended.energy(), source(session), ended.at()));
        } else if (ended.energy() != null && ended.energy().wattHours() > 0) {
            journal.closeOpen(ended.charger(), ended.evseId(), List.of(FaultType.SESSION_FAILED), null, ended.at(),
                    "a session delivered energy");
        }
    }

    private boolean failed(Session session) {
        if (EVSE_FAULT_REASONS.contains(session.stopReason())) {
            return true;
        }
        boolean empty = session.energy() == null || session.energy().wattHours() == 0;
        return empty && session.startedAt() != null && session.endedAt() != null
                && Duration.between(session.startedAt(), session.endedAt()).compareTo(properties.failedSessionMinimum()) >= 0;
    }

    private static Map<String, Object> source(Session session) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "Session");
        source.put("session", session.id().toString());
        source.put("energyWh", session.energy() == null ? 0 : session.energy().wattHours());
        if (session.stopReason() != null) {
            source.put("stopReason", session.stopReason());
        }
        if (session.startedAt() != null) {
            source.put("startedAt", session.startedAt().toString());
        }
        if (session.endedAt() != null) {
            source.put("endedAt", session.endedAt().toString());
        }
        return source;
    }
}
