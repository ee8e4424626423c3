package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Works through the outbox every {@code busbar.alerts.delivery-interval}: claims the due deliveries (committed, so a
 * slow receiver holds no database lock), sends each, records the attempt and either finishes the delivery or sets its
 * next attempt after an exponential backoff, until {@code busbar.alerts.max-attempts} are spent.
 */
@Component
class DeliveryJob {
    private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);
    private static final int BATCH = 50;

    private final DeliveryOutbox outbox;
    private final AlertStore alerts;
    private final AlertRuleStore rules;
    private final WebhookSender webhooks;
    private final EmailSender emails;
    private final AlertProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeliveryJob(DeliveryOutbox outbox, AlertStore alerts, AlertRuleStore rules, WebhookSender webhooks,
                EmailSender emails, AlertProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.rules = rules;
        this.webhooks = webhooks;
        this.emails = emails;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void run() throws InterruptedException {
        Instant now = clock.instant();
        List<DeliveryOutbox.Due> due = tx.execute(status ->
                outbox.claimDue(now, properties.webhookTimeout().multipliedBy(3), BATCH));
        for (DeliveryOutbox.Due delivery : due == null ? List.<DeliveryOutbox.Due>of() : due) {
            Delivery.Attempt attempt = attempt(delivery);
            boolean last = delivery.attempt() >= properties.maxAttempts();
            Instant retryAt = attempt.at().plus(properties.backoffAfter(delivery.attempt()));
            tx.executeWithoutResult(status -> outbox.record(delivery, attempt, retryAt, last));
            if (!attempt.succeeded()) {
                // Never the secret, the body or a full webhook URL (chat webhook URLs carry their token in the path).
                log.warn("Alert {} {} delivery {} to {} failed (attempt {} of {}): {}", delivery.alert(),
                        delivery.channel(), delivery.id(), loggable(delivery), delivery.attempt(),
                        properties.maxAttempts(), attempt.error());
            }
        }
    }

    private static String loggable(DeliveryOutbox.Due delivery) {
        if (delivery.channel() == Delivery.Channel.EMAIL) {
            return delivery.target();
        }
        try {
            return java.net.URI.create(delivery.target()).getHost();
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }

    private Delivery.Attempt attempt(DeliveryOutbox.Due delivery) throws InterruptedException {
        Alert alert = alerts.find(delivery.alert()).orElseThrow();
        try {
            return switch (delivery.channel()) {
                case WEBHOOK -> webhooks.send(delivery, alert,
                        alert.rule() == null ? null : rules.find(alert.rule()).map(AlertRuleStore.StoredRule::webhookSecret)
                                .orElse(null));
                case EMAIL -> emails.send(delivery, alert);
            };
        } catch (RuntimeException e) {
            return new Delivery.Attempt(delivery.attempt(), clock.instant(), false, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
