package io.busbar.api.driver;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Server-sent events of one session for the driver app: a {@code session} event with the {@link LiveSessionView}
 * at once, again after every stored meter reading of it, and a last one when it ends (then the stream closes).
 * Reacts after commit so each event shows committed data; the OCPP thread only hands the work to a virtual thread.
 */
@Component
class SessionStream {
    private static final Logger log = LoggerFactory.getLogger(SessionStream.class);
    static final String EVENT = "session";
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final SessionQueries sessions;
    private final LiveSessionView view;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Set<SessionId> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor();

    SessionStream(SessionQueries sessions, LiveSessionView view) {
        this.sessions = sessions;
        this.view = view;
    }

    private record Subscription(SessionId session, ChargerIdentity charger, int evseId, SseEmitter emitter) {
    }

    SseEmitter follow(Session session) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscription subscription = new Subscription(session.id(), session.charger(), session.evseId(), emitter);
        emitter.onCompletion(() -> subscriptions.remove(subscription));
        emitter.onTimeout(() -> subscriptions.remove(subscription));
        emitter.onError(error -> subscriptions.remove(subscription));
        subscriptions.add(subscription);
        pushes.execute(() -> push(session.id()));
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.ReadingsRecorded readings) {
        // 1.6 MeterValues may reach here without the session resolved: match on the EVSE.
        subscriptions.stream()
                .filter(s -> readings.session() != null ? s.session().equals(readings.session())
                        : s.charger().equals(readings.charger()) && s.evseId() == readings.evseId())
                .map(Subscription::session).distinct().forEach(this::schedule);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.SessionEnded ended) {
        if (subscriptions.stream().anyMatch(s -> s.session().equals(ended.session()))) {
            schedule(ended.session());
        }
    }

    /** Coalesces bursts: one push per session in flight, showing the latest state when it runs. */
    private void schedule(SessionId session) {
        if (pending.add(session)) {
            pushes.execute(() -> {
                pending.remove(session);
                push(session);
            });
        }
    }

    private void push(SessionId id) {
        List<Subscription> targets = subscriptions.stream().filter(s -> s.session().equals(id)).toList();
        if (targets.isEmpty()) {
            return;
        }
        Session session = sessions.find(id).orElse(null);
        if (session == null) {
            return;
        }
        LiveSessionView.Live live = view.of(session);
        for (Subscription target : targets) {
            try {
                target.emitter().send(SseEmitter.event().name(EVENT).id(live.updatedAt() == null ? null
                        : Long.toString(live.updatedAt().toEpochMilli())).data(live));
                if (session.state() == SessionState.ENDED) {
                    target.emitter().complete();
                    subscriptions.remove(target);
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Session stream of {} closed by the client", id);
                subscriptions.remove(target);
            }
        }
    }

    @PreDestroy
    void stop() {
        subscriptions.forEach(s -> s.emitter().complete());
        pushes.shutdownNow();
    }
}
