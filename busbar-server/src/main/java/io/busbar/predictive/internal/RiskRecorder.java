package io.busbar.predictive.internal;

import io.busbar.predictive.FailurePredicted;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import io.busbar.predictive.method.Assessment;
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

    RiskRecorder(RiskAssessments assessments, PredictiveProperties properties, ApplicationEventPublisher events,
                 EvseHealthTracker tracker) {
        this.tracker = tracker;
        this.assessments = assessments;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Assesses the EVSE now and stores the result. The assessment is computed after the EVSE's row is locked, so
     * of two concurrent records (e.g. two faults) the one written last saw every event the first saw.
     */
    @Transactional
    public void record(EvseKey evse) {
        RiskAssessments.Warning previous = assessments.lockWarning(evse);
        Assessment assessment = tracker.with(evse, health -> health.assess(health.lastEvent()));
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
}
