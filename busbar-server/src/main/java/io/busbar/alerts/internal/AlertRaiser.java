package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertId;
import io.busbar.alerts.AlertRaised;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertSource;
import io.busbar.alerts.AlertState;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.predictive.FailurePredicted;
import io.busbar.selfhealing.HumanNeeded;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns fault, self-healing and prediction events into alerts. Every reaction is idempotent (events are delivered
 * at least once): an alert is unique per source event and rule, a pending check per fault and rule. Nothing here
 * sends anything: deliveries go to the outbox.
 */
@Component
class AlertRaiser {
    private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);
    /** At or above this risk a prediction alerts as ERROR, below it as WARNING. */
    private static final double HIGH_RISK = 0.8;

    private final AlertRuleStore rules;
    private final AlertStore alerts;
    private final DeliveryOutbox outbox;
    private final ChargerRegistry chargers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertRaiser(AlertRuleStore rules, AlertStore alerts, DeliveryOutbox outbox, ChargerRegistry chargers,
                ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.outbox = outbox;
        this.chargers = chargers;
        this.events = events;
        this.clock = clock;
    }

    /** Alerts at once for rules without a minimum duration; otherwise waits (the check job) for the duration. */
    @ApplicationModuleListener
    void on(FaultOpened event) {
        if (alerts.isClosed(event.fault())) {
            return; // its FaultClosed was processed first: the fault did not last
        }
        for (AlertRuleStore.StoredRule rule : matching(event.charger(), event.severity(), event.type())) {
            if (rule.spec().minDuration().isZero()) {
                raise(rule, faultAlert(event.fault(), rule.id(), event.charger(), event.evseId(), event.type(),
                        event.severity(), event.code(), event.description()));
            } else {
                alerts.addPending(new AlertStore.PendingFault(event.fault(), rule.id(), event.charger(),
                        event.evseId(), event.type(), event.severity(), event.code(), event.description(), event.at(),
                        event.at().plus(rule.spec().minDuration())));
            }
        }
    }

    /** A closed fault raises nothing more, and its alerts (and those of playbook runs on it) are RESOLVED. */
    @ApplicationModuleListener
    void on(FaultClosed event) {
        alerts.markClosed(event.fault(), event.closedAt());
        int resolved = alerts.resolveForFault(event.fault(),
                "Fault closed" + (event.closedBecause() == null ? "" : ": " + event.closedBecause()), clock.instant());
        if (resolved > 0) {
            log.info("Resolved {} alert(s) of fault {} on {}", resolved, event.fault(), event.charger());
        }
    }

    /** Always alerts, at once: with every matching rule's channels, or without any when no rule matches. */
    @ApplicationModuleListener
    void on(HumanNeeded event) {
        StringBuilder description = new StringBuilder(event.summary());
        event.actionsTried().forEach(action -> description.append("\n- ").append(action));
        String title = "Human needed at " + where(event.charger(), event.evseId()) + ": " + event.summary();
        List<AlertRuleStore.StoredRule> matching = matching(event.charger(), event.severity(), null);
        if (matching.isEmpty()) {
            raise(null, alert(null, AlertSource.HUMAN_NEEDED, event.run().toString(), event.fault(), event.severity(),
                    event.charger(), event.evseId(), null, title, description.toString()));
        }
        matching.forEach(rule -> raise(rule, alert(rule.id(), AlertSource.HUMAN_NEEDED, event.run().toString(),
                event.fault(), event.severity(), event.charger(), event.evseId(), null, title,
                description.toString())));
    }

    @ApplicationModuleListener
    void on(FailurePredicted event) {
        FaultSeverity severity = event.risk() >= HIGH_RISK ? FaultSeverity.ERROR : FaultSeverity.WARNING;
        String title = String.format(Locale.ROOT, "Predicted failure at %s (risk %.2f)",
                where(event.charger(), event.evseId()), event.risk());
        String ref = event.charger() + "/" + event.evseId() + "@" + event.at();
        for (AlertRuleStore.StoredRule rule : matching(event.charger(), severity, FaultType.PREDICTED_FAILURE)) {
            raise(rule, alert(rule.id(), AlertSource.PREDICTION, ref, null, severity, event.charger(),
                    event.evseId(), FaultType.PREDICTED_FAILURE, title, String.join("\n", event.evidence())));
        }
    }

    /** For the check job: the fault lasted the rule's minimum duration. */
    void raiseDue(AlertStore.PendingFault pending) {
        if (alerts.isClosed(pending.fault())) {
            return; // its FaultClosed committed while the FaultOpened that queued this check was being handled
        }
        rules.find(pending.rule()).filter(rule -> rule.spec().enabled()).ifPresent(rule -> raise(rule,
                faultAlert(pending.fault(), rule.id(), pending.charger(), pending.evseId(), pending.type(),
                        pending.severity(), pending.code(), pending.description())));
    }

    private void raise(AlertRuleStore.StoredRule rule, Alert alert) {
        if (!alerts.insert(alert)) {
            return; // raised already by an earlier delivery of the same event
        }
        log.info("Alert {} raised: {}", alert.id(), alert.title());
        // Published in the raising transaction (listeners and the check job run in one): persisted with the alert.
        events.publishEvent(new AlertRaised(alert));
        if (rule != null && !rule.spec().levels().isEmpty()) {
            outbox.enqueue(alert.id(), 1, rule.spec().levels().getFirst(), alert.raisedAt());
        }
    }

    private List<AlertRuleStore.StoredRule> matching(ChargerIdentity charger, FaultSeverity severity, FaultType type) {
        Optional<Charger> known = chargers.find(charger);
        // A rule only ever matches its own tenant's chargers (issue 7); an unknown charger is the default tenant's.
        TenantId tenant = known.map(Charger::tenant).orElse(TenantId.DEFAULT);
        return rules.enabled(tenant).stream()
                .filter(rule -> RuleMatcher.matches(rule.spec(), known, severity, type)).toList();
    }

    private Alert faultAlert(FaultId fault, AlertRuleId rule, ChargerIdentity charger, Integer evseId,
                             FaultType type, FaultSeverity severity, String code, String description) {
        String title = type + " at " + where(charger, evseId) + (code == null ? "" : " (" + code + ")");
        return alert(rule, AlertSource.FAULT, fault.toString(), fault, severity, charger, evseId, type, title,
                description);
    }

    private Alert alert(AlertRuleId rule, AlertSource source, String ref, FaultId fault, FaultSeverity severity,
                        ChargerIdentity charger, Integer evseId, FaultType type, String title, String description) {
        Instant now = clock.instant();
        return new Alert(AlertId.random(), rule, source, ref, fault, AlertState.RAISED, severity, charger, evseId,
                type, title, description, 1, now, null, null, null, null);
    }

    private static String where(ChargerIdentity charger, Integer evseId) {
        return charger + (evseId == null ? "" : " EVSE " + evseId);
    }
}
