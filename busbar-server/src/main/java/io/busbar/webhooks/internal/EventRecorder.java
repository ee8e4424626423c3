package io.busbar.webhooks.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertRaised;
import io.busbar.billing.CdrIssued;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ChargerWentOffline;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultOpened;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionEvents.SessionStarted;
import io.busbar.sessions.SessionQueries;
import io.busbar.webhooks.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * The outbox's inlet: turns domain events into webhook events for the tenant's subscriptions, inside the transaction
 * of the change ({@link RecordedWithTheChange}): nothing recorded for a change that rolled back, nothing lost for
 * one that committed, whatever happens to Busbar afterwards. A failure here is confined to a savepoint: it costs
 * the webhook event (logged), never the change itself. The source key makes recording the same source event twice
 * (a charger's retried message, a republished event) a no-op. Events of chargers Busbar does not know (no tenant)
 * are dropped.
 */
@Component
class EventRecorder {
    private static final Logger log = LoggerFactory.getLogger(EventRecorder.class);

    private final EventLog events;
    private final ChargerRegistry chargers;
    private final SessionQueries sessions;
    private final ObjectMapper json;
    private final TransactionTemplate savepoint;

    EventRecorder(EventLog events, ChargerRegistry chargers, SessionQueries sessions, ObjectMapper json,
                  PlatformTransactionManager transactions) {
        this.events = events;
        this.chargers = chargers;
        this.sessions = sessions;
        this.json = json;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @RecordedWithTheChange
    void on(ChargerWentOnline event) {
        guarded(event, () -> {
            record(EventType.CHARGER_ONLINE, event.charger() + "@" + event.at(), event.charger(), event.at(), data());
        });
    }

    @RecordedWithTheChange
    void on(ChargerWentOffline event) {
        guarded(event, () -> {
            record(EventType.CHARGER_OFFLINE, event.charger() + "@" + event.at(), event.charger(), event.at(),
                    data().put("reason", event.reason()));
        });
    }

    @RecordedWithTheChange
    void on(ConnectorStatusChanged event) {
        guarded(event, () -> {
            ConnectorStatusReport report = event.report();
            ObjectNode data = data().put("evseId", report.evseId()).put("connectorId", report.connectorId())
                    .put("status", report.status().name())
                    .put("previousStatus", event.previous() == null ? null : event.previous().name())
                    .put("errorCode", report.errorCode()).put("info", report.info());
            record(EventType.CHARGER_STATUS, report.charger() + "/" + report.evseId() + "/" + report.connectorId() + "@"
                    + report.timestamp() + ":" + report.status(), report.charger(), report.timestamp(), data);
        });
    }

    @RecordedWithTheChange
    void on(SessionStarted event) {
        guarded(event, () -> {
            record(EventType.SESSION_STARTED, event.session().toString(), event.charger(), event.at(),
                    data().put("sessionId", event.session().toString()).put("evseId", event.evseId())
                            .put("startedAt", event.at().toString()));
        });
    }

    @RecordedWithTheChange
    void on(SessionEnded event) {
        guarded(event, () -> {
            ObjectNode data = data().put("sessionId", event.session().toString()).put("evseId", event.evseId())
                    .put("endedAt", event.at().toString());
            if (event.energy() != null) {
                data.put("energyWh", event.energy().wattHours());
            }
            sessions.find(event.session()).ifPresent(session -> data.put("startedAt", session.startedAt().toString())
                    .put("stopReason", session.stopReason()));
            record(EventType.SESSION_ENDED, event.session().toString(), event.charger(), event.at(), data);
        });
    }

    @RecordedWithTheChange
    void on(CdrIssued event) {
        guarded(event, () -> {
            ChargerIdentity charger = sessions.find(event.session()).map(Session::charger).orElse(null);
            if (charger == null) {
                log.warn("CDR {} is of an unknown session {}: no webhook event", event.cdr(), event.session());
                return;
            }
            ObjectNode data = data().put("cdrId", event.cdr().toString()).put("sessionId", event.session().toString())
                    .put("issuedAt", event.issuedAt().toString());
            // Never the id token: webhook receivers are integrations, not the token registry.
            data.putObject("total").put("amount", event.total().amount().toPlainString())
                    .put("currency", event.total().currency().getCurrencyCode());
            record(EventType.CDR_ISSUED, event.cdr().toString(), charger, event.issuedAt(), data);
        });
    }

    @RecordedWithTheChange
    void on(AlertRaised event) {
        guarded(event, () -> {
            Alert alert = event.alert();
            ObjectNode data = data().put("alertId", alert.id().value().toString()).put("source", alert.source().name())
                    .put("severity", alert.severity().name()).put("title", alert.title())
                    .put("description", alert.description())
                    .put("faultId", alert.fault() == null ? null : alert.fault().toString())
                    .put("faultType", alert.faultType() == null ? null : alert.faultType().name());
            if (alert.evseId() != null) {
                data.put("evseId", alert.evseId());
            }
            record(EventType.ALERT_RAISED, alert.id().value().toString(), alert.charger(), alert.raisedAt(), data);
        });
    }

    @RecordedWithTheChange
    void on(FaultOpened event) {
        guarded(event, () -> {
            ObjectNode data = data().put("faultId", event.fault().toString()).put("type", event.type().name())
                    .put("severity", event.severity().name()).put("code", event.code())
                    .put("description", event.description());
            if (event.evseId() != null) {
                data.put("evseId", event.evseId());
            }
            record(EventType.FAULT_OPENED, event.fault().toString(), event.charger(), event.at(), data);
        });
    }

    @RecordedWithTheChange
    void on(FaultClosed event) {
        guarded(event, () -> {
            ObjectNode data = data().put("faultId", event.fault().toString()).put("type", event.type().name())
                    .put("openedAt", event.openedAt().toString()).put("closedBecause", event.closedBecause());
            if (event.evseId() != null) {
                data.put("evseId", event.evseId());
            }
            record(EventType.FAULT_CLOSED, event.fault().toString(), event.charger(), event.closedAt(), data);
        });
    }

    private ObjectNode data() {
        return json.createObjectNode();
    }

    /** @param key unique among the events of this type */
    private void record(EventType type, String key, ChargerIdentity charger, Instant at, ObjectNode data) {
        if (charger == null) {
            return;
        }
        chargers.tenantOf(charger).ifPresent(tenant -> events.record(
                new WebhookEvent(type.literal() + ":" + key, tenant, type, charger.value(), at, data)));
    }

    /** Runs a listener in a savepoint of the publishing transaction: its failure never fails the change. */
    private void guarded(Object event, Runnable listener) {
        try {
            savepoint.executeWithoutResult(status -> listener.run());
        } catch (RuntimeException e) {
            log.error("No webhook event recorded for {}; the change itself stands", event.getClass().getSimpleName(), e);
        }
    }
}
