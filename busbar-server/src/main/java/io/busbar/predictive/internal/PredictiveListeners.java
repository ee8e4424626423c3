package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerBooted;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import io.busbar.predictive.method.Measurement;
import io.busbar.predictive.method.StopReasons;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionEvents.SessionStarted;
import io.busbar.sessions.SessionQueries;
import io.busbar.platform.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Feeds the per-EVSE statistics. Readings arrive synchronously on the charger's thread, so they only update the
 * in-memory sums (no I/O, no assessment); session ends, faults and resets are asynchronous and rare, so each
 * one is followed by an assessment that is stored (and may cross the warning threshold).
 */
@Component
class PredictiveListeners {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PredictiveListeners.class);
    /** Faults that say something about the hardware; PREDICTED_FAILURE is left out so a warning never feeds itself. */
    private static final Set<FaultType> HARDWARE = EnumSet.of(FaultType.CONNECTOR_ERROR, FaultType.VENDOR_ERROR,
            FaultType.DEVICE_EVENT, FaultType.BOOT_LOOP, FaultType.SESSION_FAILED);

    private final EvseHealthTracker tracker;
    private final RiskRecorder recorder;
    private final SessionQueries sessions;

    PredictiveListeners(EvseHealthTracker tracker, RiskRecorder recorder, SessionQueries sessions) {
        this.tracker = tracker;
        this.recorder = recorder;
        this.sessions = sessions;
    }

    @EventListener
    void on(ReadingsRecorded event) {
        List<Measurement> measurements = MeasurementConversion.of(event.readings());
        if (measurements.isEmpty() || event.evseId() <= 0) {
            return;
        }
        String session = event.session() == null ? null : event.session().value().toString();
        tracker.with(new EvseKey(event.charger(), event.evseId()), health -> {
            health.observe(session, measurements);
            return null;
        });
    }

    /**
     * Readings of 1.6 MeterValues do not name their session: its start tells which one they belong to. Synchronous
     * (in memory only), so the start is known before the charger's first reading: as a queued listener it lagged
     * behind the readings under load, which were then not counted for the session.
     */
    @EventListener
    void on(SessionStarted event) {
        if (event.evseId() > 0) {
            tracker.with(new EvseKey(event.charger(), event.evseId()), health -> {
                health.sessionStarted(event.session().value().toString(), event.at());
                return null;
            });
        }
    }

    /**
     * Synchronous for the same reason as the start: a queued end arriving after the EVSE's next start was not
     * assessed. The stop reason is read in the ending transaction (one primary-key read); the risk is recorded after
     * the commit, and a failure there never fails the charger's message.
     */
    @EventListener
    void on(SessionEnded event) {
        if (event.evseId() <= 0) {
            return;
        }
        String stopReason = sessions.find(event.session()).map(Session::stopReason).orElse(null);
        EvseKey evse = new EvseKey(event.charger(), event.evseId());
        if (tracker.with(evse, health -> health.sessionEnded(event.session().value().toString(), event.at(),
                StopReasons.abnormal(stopReason, false)))) {
            AfterCommit.run(() -> {
                try {
                    recorder.record(evse);
                } catch (RuntimeException e) {
                    log.warn("Risk of {} not recorded after its session ended; the next assessment records it", evse, e);
                }
            });
        }
    }

    @ApplicationModuleListener
    void on(FaultOpened event) {
        if (!HARDWARE.contains(event.type()) || event.severity().compareTo(FaultSeverity.WARNING) < 0
                || !tracker.firstTime(event.fault())) {
            return;
        }
        List<EvseKey> evses = event.evseId() == null || event.evseId() == 0 ? tracker.evsesOf(event.charger())
                : List.of(new EvseKey(event.charger(), event.evseId()));
        evses.forEach(evse -> faultOrReset(evse, event.at()));
    }

    /**
     * A (re)boot the charger announced: unexpected resets are a fault signal of their own. Only for a charger with
     * tracked EVSEs (checked in memory when the boot is published): for any other the event would cost an event
     * publication row and three transactions for nothing, once per charger in a boot storm.
     */
    @ApplicationModuleListener(condition = "@evseHealthTracker.tracks(#root.args[0].charger())")
    void on(ChargerBooted event) {
        if (!tracker.firstTime(event)) {
            return;
        }
        tracker.evsesOf(event.charger()).forEach(evse -> faultOrReset(evse, event.at()));
    }

    private void faultOrReset(EvseKey evse, Instant at) {
        tracker.with(evse, health -> {
            health.faultOrReset(at);
            return null;
        });
        recorder.record(evse);
    }
}
