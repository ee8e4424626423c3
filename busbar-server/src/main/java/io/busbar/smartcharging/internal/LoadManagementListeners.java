package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerBooted;
import io.busbar.platform.AfterCommit;
import io.busbar.chargers.ChargerWentOffline;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionEvents.SessionStarted;
import io.busbar.sessions.SessionQueries;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The events that change what a site may draw, each followed by a (debounced) round of its site. */
@Component
class LoadManagementListeners {
    private final LiveState state;
    private final AllocationRounds rounds;
    private final SessionQueries sessions;
    private final java.time.Clock clock;

    LoadManagementListeners(LiveState state, AllocationRounds rounds, SessionQueries sessions, java.time.Clock clock) {
        this.state = state;
        this.rounds = rounds;
        this.sessions = sessions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionStarted event) {
        EvseRef evse = new EvseRef(event.charger(), event.evseId());
        state.sites.siteOf(evse).ifPresent(site -> sessions.find(event.session()).ifPresent(session -> {
            if (state.ev(evse).map(ev -> !ev.session().equals(session.id())).orElse(true)) {
                state.evArrived(new LiveEv(evse, session.id(), TopologyService.transactionIdOf(session),
                        session.startedAt()));
            }
            rounds.request(site.site());
        }));
    }

    @ApplicationModuleListener
    void on(SessionEnded event) {
        EvseRef evse = new EvseRef(event.charger(), event.evseId());
        state.sites.siteOf(evse).ifPresent(site -> {
            state.evLeft(evse, event.session());
            rounds.request(site.site());
        });
    }

    /** Synchronous and in memory: meter values are a high-volume stream and only the latest matters. */
    @EventListener
    void on(ReadingsRecorded event) {
        EvseRef evse = new EvseRef(event.charger(), event.evseId());
        state.ev(evse).ifPresent(ev -> {
            if (event.session() == null || event.session().equals(ev.session())) {
                ev.absorb(event.readings());
                state.sites.siteOf(evse).ifPresent(site -> {
                    var withoutProfile = state.defaults(evse.charger()).withoutProfile(clock.instant());
                    EvseProfile profile = state.profile(evse);
                    ev.measuredUnder(profile.held(withoutProfile == null
                            ? site.spec(evse).maxCurrent() : withoutProfile, clock.instant()), profile.limitKnownSince());
                    rounds.request(site.site());
                });
            }
        });
    }

    /*
     * Presence and boots only touch in-memory state and request a debounced round: they run after the commit on
     * the publishing thread, without an event publication row each (a boot storm paid an insert, a completion and
     * a transaction per charger and listener for them). The state is rebuilt from scratch after a restart anyway.
     */

    /** A booted charger may have lost its profiles (or never had them): its defaults are sent again. */
    @EventListener
    void on(ChargerBooted event) {
        AfterCommit.run(() -> state.sites.siteOf(event.charger()).ifPresent(site -> {
            state.reachable(event.charger(), true);
            state.defaults(event.charger()).reset();
            rounds.request(site.site());
        }));
    }

    @EventListener
    void on(ChargerWentOnline event) {
        AfterCommit.run(() -> state.sites.siteOf(event.charger()).ifPresent(site -> {
            state.reachable(event.charger(), true);
            rounds.request(site.site());
        }));
    }

    @EventListener
    void on(ChargerWentOffline event) {
        AfterCommit.run(() -> state.sites.siteOf(event.charger()).ifPresent(site -> {
            state.reachable(event.charger(), false);
            rounds.request(site.site());
        }));
    }
}
