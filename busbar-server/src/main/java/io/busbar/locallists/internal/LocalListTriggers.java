package io.busbar.locallists.internal;

import io.busbar.authorization.IdTokenChanged;
import io.busbar.chargers.ChargerAccess;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.platform.AfterCommit;
import io.busbar.platform.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What makes Busbar send lists by itself: a token change, and a charger coming back online. The listeners run
 * after the change committed, outside a transaction (an update waits for the charger's answer; no database
 * connection is held meanwhile), and an event counts as handled only once its updates were attempted.
 */
@Component
class LocalListTriggers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalListTriggers.class);
    private final LocalListSync sync;
    private final ChargerAccess access;
    private final Duration resyncDelay;
    /** A storm's resyncs follow it by the delay: their lookups must not take the connections chargers wait on. */
    private final BackgroundWork background = new BackgroundWork();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("local-list-resync").daemon().factory());

    LocalListTriggers(LocalListSync sync, ChargerAccess access,
                      @Value("${busbar.local-list.resync-delay:10s}") Duration resyncDelay) {
        this.sync = sync;
        this.access = access;
        this.resyncDelay = resyncDelay;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IdTokenChanged event) {
        sync.tokenChanged(event.token());
    }

    /**
     * A charger connects before it boots: the full list goes out {@code busbar.local-list.resync-delay} later, so
     * that its BootNotification (and a Pending charger's approval) comes first. Only accepted chargers get it.
     */
    @EventListener
    void on(ChargerWentOnline event) {
        // Only a timer is set here: after the commit, without an event publication row per connect (a connect
        // storm paid an insert, a completion and a transaction per charger for it); a restart loses nothing,
        // as every charger reconnects and comes online again.
        AfterCommit.run(() -> timer.schedule(() -> Thread.ofVirtual().name("local-list-resync-" + event.charger())
                .start(background.decorate(() -> {
                    try {
                        if (access.isAccepted(event.charger())) {
                            sync.cameOnline(event.charger());
                        }
                    } catch (RuntimeException e) {
                        log.warn("Local list re-sync of {} failed", event.charger(), e);
                    }
                })), resyncDelay.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
