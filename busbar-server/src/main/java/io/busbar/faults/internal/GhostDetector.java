package io.busbar.faults.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ghost chargers among active sessions (the "failed starts" sign is {@link SessionFaults}'s): an EVSE that says it
 * is charging (1.6 status Charging, 2.0.1 chargingState Charging) while no energy flows for {@code ghost-no-energy},
 * or whose session sent no meter values for {@code ghost-silent-samples} x {@code meter-sample-interval}. A ghost
 * closes when energy flows on the EVSE again.
 */
@Component
class GhostDetector {
    static final String NO_ENERGY = "NoEnergyFlow";
    static final String SILENT = "MeterValuesStopped";
    static final String FAILED_STARTS = "FailedStarts";
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 100;
    private final FaultJournal journal;
    private final SessionQueries sessions;
    private final EnergyWatch watch;
    private final ChargerRegistry chargers;
    private final FaultProperties properties;
    /** When this node's checks first saw each active session, and each charging spell (Busbar's clock). */
    private final Map<SessionId, Instant> firstSeen = new ConcurrentHashMap<>();
    private final Map<SessionId, Instant> chargingSeen = new ConcurrentHashMap<>();

    GhostDetector(FaultJournal journal, SessionQueries sessions, EnergyWatch watch, ChargerRegistry chargers,
                  FaultProperties properties) {
        this.journal = journal;
        this.sessions = sessions;
        this.watch = watch;
        this.chargers = chargers;
        this.properties = properties;
    }

    void check(Instant now) {
        closeRecovered();
        Map<ChargerIdentity, Optional<Charger>> chargersSeen = new HashMap<>();
        Set<SessionId> active = new HashSet<>();
        SessionId before = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Session> batch = sessions.list(new SessionQueries.SessionFilter(null, null, SessionState.ACTIVE,
                    null, null), before, PAGE);
            for (Session session : batch) {
                active.add(session.id());
                checkOne(session, chargersSeen.computeIfAbsent(session.charger(), chargers::find), now);
            }
            if (batch.size() < PAGE) {
                break;
            }
            before = batch.getLast().id();
        }
        firstSeen.keySet().retainAll(active);
        chargingSeen.keySet().retainAll(active);
    }

    private void checkOne(Session session, Optional<Charger> charger, Instant now) {
        EnergyWatch.Meter meter = watch.meter(session.charger(), session.evseId());
        Instant seen = firstSeen.computeIfAbsent(session.id(), id -> now);
        if (!charging(session, charger)) {
            chargingSeen.remove(session.id());
        } else {
            Instant chargingSince = chargingSeen.computeIfAbsent(session.id(), id -> now);
            Instant quietSince = latest(chargingSince, meter.lastFlowAt());
            if (!quietSince.plus(properties.ghostNoEnergy()).isAfter(now)) {
                open(session, NO_ENERGY, "Charging without energy flowing since " + quietSince, quietSince, now);
            }
        }
        Duration silence = properties.meterSampleInterval().multipliedBy(properties.ghostSilentSamples());
        Instant lastHeard = latest(seen, meter.lastReadingAt());
        if (!lastHeard.plus(silence).isAfter(now)) {
            open(session, SILENT, "No meter values since " + lastHeard + " during an active session", lastHeard, now);
        }
    }

    /** 2.0.1 says so in the transaction's chargingState; 1.6 in the connector status. */
    private static boolean charging(Session session, Optional<Charger> charger) {
        return "Charging".equals(session.chargingState()) || charger.stream()
                .flatMap(found -> found.evses().stream()).filter(evse -> evse.evseId() == session.evseId())
                .flatMap(evse -> evse.connectors().stream())
                .anyMatch(connector -> connector.status() == ConnectorStatus.CHARGING);
    }

    private void open(Session session, String code, String description, Instant since, Instant now) {
        journal.open(new NewFault(session.charger(), session.evseId(), FaultType.GHOST_CHARGER, FaultSeverity.ERROR,
                code, description, Map.of("kind", "Session", "session", session.id().toString(),
                "since", since.toString()), now));
    }

    /** A ghost whose EVSE had energy flowing (or, for silence, a reading) after it was opened is real again. */
    private void closeRecovered() {
        for (Fault ghost : journal.openOfType(FaultType.GHOST_CHARGER)) {
            if (ghost.evseId() == null || FAILED_STARTS.equals(ghost.code())) {
                continue;
            }
            EnergyWatch.Meter meter = watch.meter(ghost.charger(), ghost.evseId());
            Instant evidence = SILENT.equals(ghost.code()) ? meter.lastReadingAt() : meter.lastFlowAt();
            if (evidence != null && evidence.isAfter(ghost.openedAt())) {
                journal.closeOpen(ghost.charger(), ghost.evseId(), List.of(FaultType.GHOST_CHARGER), ghost.code(),
                        evidence, SILENT.equals(ghost.code()) ? "meter values resumed" : "energy flows again");
            }
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
