package io.busbar.selfhealing.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * The two safety rules of automatic actions: never interrupt a session that delivers energy, and no more than
 * {@code max-resets-per-charger} automatic resets per charger in {@code reset-window}.
 */
@Component
class ActionGuard {
    private static final int SESSIONS_PER_CHARGER = 100;
    private final SessionQueries sessions;
    private final RunLedger ledger;
    private final SelfHealingProperties properties;
    private final Clock clock;

    ActionGuard(SessionQueries sessions, RunLedger ledger, SelfHealingProperties properties, Clock clock) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A session delivering energy that an action on {@code evseId} (null = the whole charger) would interrupt.
     * An active session counts unless the charger said it is not charging (2.0.1 chargingState SuspendedEV,
     * SuspendedEVSE, EVConnected, Idle): without that word, it is presumed to charge.
     */
    Optional<Session> chargingSession(ChargerIdentity charger, Integer evseId) {
        return sessions.list(new SessionQueries.SessionFilter(charger, null, SessionState.ACTIVE, null, null),
                        null, SESSIONS_PER_CHARGER).stream()
                .filter(session -> evseId == null || session.evseId() == evseId)
                .filter(session -> session.chargingState() == null || "Charging".equals(session.chargingState()))
                .findFirst();
    }

    boolean resetAllowed(ChargerIdentity charger) {
        return ledger.resetsSent(charger, properties.resetWindow(), clock.instant())
                < properties.maxResetsPerCharger();
    }
}
