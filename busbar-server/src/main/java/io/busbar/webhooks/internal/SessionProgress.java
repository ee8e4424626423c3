package io.busbar.webhooks.internal;

import io.busbar.chargers.ChargerRegistry;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.webhooks.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code session.updated}: at most one per session (EVSE) per {@code busbar.webhooks.session-update-interval}.
 * Meter readings are the hot path and not persisted as publications (see {@link ReadingsRecorded}): the listener
 * only checks an in-memory throttle and hands a due update to a virtual thread (after the commit, when the readings
 * came in a transaction), so a charger's MeterValues never waits for webhooks. A missed update (Busbar stopped) is
 * superseded by the next one; the source key (session and interval) keeps a repeated one out.
 */
@Component
class SessionProgress {
    private static final Logger log = LoggerFactory.getLogger(SessionProgress.class);
    private static final String POWER = "Power.Active.Import";

    private final EventLog events;
    private final SubscriptionStore subscriptions;
    private final ChargerRegistry chargers;
    private final SessionQueries sessions;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, Instant> lastUpdate = new ConcurrentHashMap<>();

    SessionProgress(EventLog events, SubscriptionStore subscriptions, ChargerRegistry chargers, SessionQueries sessions,
                    WebhookProperties properties, ObjectMapper json, PlatformTransactionManager transactions,
                    Clock clock) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.chargers = chargers;
        this.sessions = sessions;
        this.properties = properties;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void on(ReadingsRecorded event) {
        // Most tenants subscribe to nothing of the kind: both answers are kept in memory, so a reading costs no query.
        boolean wanted = chargers.tenantOf(event.charger())
                .map(tenant -> !subscriptions.receiving(tenant, EventType.SESSION_UPDATED).isEmpty()).orElse(false);
        if (!wanted) {
            return;
        }
        Instant now = clock.instant();
        String evse = event.charger() + "/" + event.evseId();
        boolean[] due = {false};
        lastUpdate.compute(evse, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(properties.sessionUpdateInterval()))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (!due[0]) {
            return;
        }
        Runnable record = () -> Thread.ofVirtual().name("webhook-session-update").start(() -> {
            if (!record(event, now)) {
                lastUpdate.remove(evse, now); // nothing recorded (no active session yet): the next reading may
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Readings stored with a session start or update: after its commit, so the session is visible and its
            // session.started (recorded at that commit, registered earlier) comes first.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    record.run();
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        lastUpdate.remove(evse, now);
                    }
                }
            });
        } else {
            record.run();
        }
    }

    /** @return whether an active session was found (and its update recorded, unless one was for this interval) */
    private boolean record(ReadingsRecorded event, Instant now) {
        try {
            Optional<Session> session = event.session() != null ? sessions.find(event.session())
                    : sessions.list(new SessionQueries.SessionFilter(event.charger(), null, SessionState.ACTIVE,
                    null, null), null, 10).stream().filter(s -> s.evseId() == event.evseId()).findFirst();
            Optional<Session> active = session.filter(s -> s.state() == SessionState.ACTIVE);
            active.ifPresent(s -> chargers.tenantOf(s.charger())
                    .ifPresent(tenant -> tx.executeWithoutResult(status -> {
                        // The session's end waits for this commit, or this sees it ended: session.updated is never
                        // recorded after session.ended (webhooks of a charger go out in recording order).
                        if (sessions.holdIfActive(s.id())) {
                            events.record(new WebhookEvent(
                                    EventType.SESSION_UPDATED.literal() + ":" + s.id() + ":" + bucket(now), tenant,
                                    EventType.SESSION_UPDATED, s.charger().value(), now, data(s, event.readings())));
                        }
                    })));
            return active.isPresent();
        } catch (RuntimeException e) {
            log.warn("session.updated for {} EVSE {} not recorded", event.charger(), event.evseId(), e);
            return false;
        }
    }

    private long bucket(Instant now) {
        return now.toEpochMilli() / properties.sessionUpdateInterval().toMillis();
    }

    private ObjectNode data(Session session, List<MeterReading> readings) {
        ObjectNode data = json.createObjectNode().put("sessionId", session.id().toString())
                .put("evseId", session.evseId()).put("startedAt", session.startedAt().toString());
        if (session.energy() != null) {
            data.put("energyWh", session.energy().wattHours());
        }
        if (session.lastStateOfCharge() != null) {
            data.put("stateOfChargePercent", session.lastStateOfCharge());
        }
        latest(readings, POWER).ifPresent(power -> data.put("powerW", "kW".equals(power.unit())
                ? power.value().multiply(BigDecimal.valueOf(1000)).longValue() : power.value().longValue()));
        return data;
    }

    private static Optional<MeterReading> latest(List<MeterReading> readings, String measurand) {
        return readings.stream().filter(r -> measurand.equals(r.measurand()) && r.phase() == null && r.value() != null)
                .max(Comparator.comparing(MeterReading::timestamp));
    }
}
