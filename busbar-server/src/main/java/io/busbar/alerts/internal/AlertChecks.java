package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.EscalationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The time-driven half of alerting, run every {@code busbar.alerts.check-interval}: faults that outlasted a rule's
 * minimum duration become alerts, and RAISED alerts not acknowledged in time go to the next escalation level.
 */
@Component
class AlertChecks {
    private static final Logger log = LoggerFactory.getLogger(AlertChecks.class);
    private static final int BATCH = 200;

    private final AlertStore alerts;
    private final AlertRuleStore rules;
    private final AlertRaiser raiser;
    private final DeliveryOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    AlertChecks(AlertStore alerts, AlertRuleStore rules, AlertRaiser raiser, DeliveryOutbox outbox,
                PlatformTransactionManager transactions, Clock clock) {
        this.alerts = alerts;
        this.rules = rules;
        this.raiser = raiser;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        // Bounded: each round removes what it raised, so at most (pending / BATCH) + 1 rounds.
        Integer raised;
        do {
            raised = tx.execute(status -> {
                List<AlertStore.PendingFault> due = alerts.takeDue(now, BATCH);
                due.forEach(raiser::raiseDue);
                return due.size();
            });
        } while (raised != null && raised == BATCH);
        tx.executeWithoutResult(status -> escalate(now));
    }

    /** One level per alert and run; an alert overdue for several levels climbs one per check interval. */
    private void escalate(Instant now) {
        Map<AlertRuleId, AlertRuleStore.StoredRule> byId = rules.list(null).stream()
                .collect(Collectors.toMap(AlertRuleStore.StoredRule::id, Function.identity()));
        for (Alert alert : alerts.raisedWithRule(10_000)) {
            Optional.ofNullable(byId.get(alert.rule())).ifPresent(rule -> {
                List<EscalationLevel> levels = rule.spec().levels();
                int next = alert.level() + 1;
                if (next > levels.size()) {
                    return;
                }
                EscalationLevel level = levels.get(next - 1);
                if (!alert.raisedAt().plus(level.after()).isAfter(now) && alerts.escalate(alert.id(), alert.level(), next)) {
                    outbox.enqueue(alert.id(), next, level, now);
                    log.info("Alert {} not acknowledged within {}: escalated to level {}", alert.id(), level.after(), next);
                }
            });
        }
    }
}
