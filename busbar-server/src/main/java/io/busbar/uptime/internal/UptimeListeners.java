package io.busbar.uptime.internal;

import io.busbar.chargers.ChargerWentOffline;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultOpened;
import io.busbar.sessions.SessionEvents;
import io.busbar.sessions.SessionQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns status, presence, fault and session events into uptime intervals (each reaction idempotent). */
@Component
class UptimeListeners {
    private final IntervalLedger intervals;
    private final SessionOutcomes sessions;
    private final SessionQueries sessionQueries;

    UptimeListeners(IntervalLedger intervals, SessionOutcomes sessions, SessionQueries sessionQueries) {
        this.intervals = intervals;
        this.sessions = sessions;
        this.sessionQueries = sessionQueries;
    }

    @ApplicationModuleListener
    void on(ConnectorStatusChanged event) {
        intervals.status(event.report());
    }

    @ApplicationModuleListener
    void on(ChargerWentOnline event) {
        intervals.presence(event.charger(), true, event.at());
    }

    @ApplicationModuleListener
    void on(ChargerWentOffline event) {
        intervals.presence(event.charger(), false, event.at());
    }

    @ApplicationModuleListener
    void on(FaultOpened event) {
        intervals.faultOpened(event);
    }

    @ApplicationModuleListener
    void on(FaultClosed event) {
        intervals.faultClosed(event);
    }

    @ApplicationModuleListener
    void on(SessionEvents.SessionStarted event) {
        sessions.started(event.session(), event.charger(), event.evseId(), event.at());
    }

    /** The stop reason and authorisation are on the session, not the event. */
    @ApplicationModuleListener
    void on(SessionEvents.SessionEnded event) {
        sessionQueries.find(event.session()).ifPresent(session -> sessions.ended(session, event.at()));
    }
}
