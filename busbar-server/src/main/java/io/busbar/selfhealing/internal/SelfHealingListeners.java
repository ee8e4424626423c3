package io.busbar.selfhealing.internal;

import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultOpened;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * What starts runs (a new fault) and what tells them the fault is gone (the fault closed, or the EVSE back to
 * Available without error). Every reaction is idempotent: a redelivered event changes nothing.
 */
@Component
class SelfHealingListeners {
    private final PlaybookRunner runner;
    private final RunLedger ledger;
    private final Clock clock;

    SelfHealingListeners(PlaybookRunner runner, RunLedger ledger, Clock clock) {
        this.runner = runner;
        this.ledger = ledger;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FaultOpened fault) {
        runner.start(fault);
    }

    @ApplicationModuleListener
    void on(FaultClosed closed) {
        ledger.recoveredFault(closed.fault(), "fault closed: " + closed.closedBecause(), clock.instant());
    }

    /**
     * Back to Available from another status, without an error code: the EVSE recovered. (Only a change counts:
     * an EVSE that was Available all along, e.g. a ghost charger, has not recovered by saying so again.)
     */
    @ApplicationModuleListener
    void on(ConnectorStatusChanged changed) {
        ConnectorStatusReport report = changed.report();
        boolean noError = report.errorCode() == null || "NoError".equals(report.errorCode());
        if (report.status() == ConnectorStatus.AVAILABLE && noError && report.evseId() > 0
                && changed.previous() != null && changed.previous() != ConnectorStatus.AVAILABLE) {
            ledger.recoveredOnEvse(report.charger(), report.evseId(),
                    "EVSE " + report.evseId() + " reported Available (was " + changed.previous() + ")",
                    clock.instant());
        }
    }

    /** Runs interrupted by a shutdown carry on. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeRunning() {
        ledger.running().forEach(runner::launch);
    }
}
