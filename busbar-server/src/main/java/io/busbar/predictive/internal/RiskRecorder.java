package io.busbar.predictive.internal;

import io.busbar.predictive.FailurePredicted;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import io.busbar.predictive.method.Assessment;
import io.busbar.predictive.method.EvseHealthFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an assessment and keeps the warning state: FailurePredicted is published in the same transaction, once
 * per crossing of the threshold; the warning re-arms only when the risk falls below threshold − margin (so a risk
 * hovering at the threshold does not open a ticket per session).
 */
@Component
class RiskRecorder {
    private static final Logger log = LoggerFactory.getLogger(RiskRecorder.class);
    private final RiskAssessments assessments;
    private final PredictiveProperties properties;
    private final ApplicationEventPublisher events;
    private final EvseHealthTracker tracker;
    private final HealthStates states;

    RiskRecorder(RiskAssessments assessments, PredictiveProperties properties, ApplicationEventPublisher events,
                 EvseHealthTracker tracker, HealthStates states) {
        this.tracker = tracker;
        this.states = states;
        this.assessments = assessments;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Assesses the EVSE now and stores the result. The assessment is computed after the EVSE's row is locked, so
     * of two concurrent records (e.g. two faults) the one written last saw every event the first saw. The learned
     * state is stored with it (taken under the same EVSE lock as the assessment), so after a restart the EVSE goes
     * on from what this assessment saw.
     */
    @Transactional
    public void record(EvseKey evse) {
        RiskAssessments.Warning previous = assessments.lockWarning(evse);
        Learned learned = tracker.with(evse, health -> new Learned(health.assess(health.lastEvent()),
                EvseHealthFormat.write(health)));
        Assessment assessment = learned.assessment();
        states.save(evse, learned.state(), assessment.at());
        boolean crossed = !previous.warning() && assessment.risk() >= properties.warningThreshold();
        boolean cleared = previous.warning()
                && assessment.risk() < properties.warningThreshold() - properties.rearmMargin();
        boolean warning = crossed || (previous.warning() && !cleared);
        assessments.store(evse, assessment, warning, crossed ? assessment.at() : warning ? previous.since() : null);
        if (crossed) {
            log.info("Failure predicted on {} EVSE {}: risk {} ({})", evse.charger(), evse.evseId(),
                    String.format(java.util.Locale.ROOT, "%.2f", assessment.risk()), assessment.evidence());
            events.publishEvent(new FailurePredicted(evse.charger(), evse.evseId(), assessment.risk(),
                    assessment.evidence(), assessment.at()));
        }
    }

    /**
     * Clears what the EVSE learned and its warning (after a repair): its next sessions form a new baseline, and a
     * later crossing publishes FailurePredicted again. Serialised with {@link #record} by the EVSE's row lock.
     */
    @Transactional
    public void reset(EvseKey evse, String requestedBy) {
        RiskAssessments.Warning previous = assessments.lockWarning(evse);
        tracker.forget(evse);
        states.delete(evse);
        assessments.delete(evse);
        log.info("Predictive baseline of {} EVSE {} reset by {} (warning was {})", evse.charger(), evse.evseId(),
                requestedBy, previous.warning() ? "on since " + previous.since() : "off");
    }

    private record Learned(Assessment assessment, byte[] state) {
    }
}
