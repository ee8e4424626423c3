package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.platform.units.Current;
import io.busbar.smartcharging.EvChargingNeeds;
import io.busbar.smartcharging.allocation.Allocation;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything load management knows in memory: the compiled sites, the EVs charging, needs reported before their
 * session was known, each EVSE's profile state, each charger's defaults and presence, and each site's last round.
 */
@Component
class LiveState {
    final ManagedSites sites = new ManagedSites();
    private final Map<EvseRef, LiveEv> evs = new ConcurrentHashMap<>();
    private final Map<EvseRef, EvChargingNeeds> earlyNeeds = new ConcurrentHashMap<>();
    private final Map<EvseRef, EvseProfile> profiles = new ConcurrentHashMap<>();
    private final Map<ChargerIdentity, ChargerDefaults> defaults = new ConcurrentHashMap<>();
    private final Set<ChargerIdentity> reachable = ConcurrentHashMap.newKeySet();
    private final Map<SiteId, LastRound> lastRounds = new ConcurrentHashMap<>();

    /** What a site's last round computed and assumed, for the views. */
    record LastRound(int revision, Instant at, Current failSafe, PhaseCurrents nonEvLoad, String nonEvSource,
                     Allocation allocation) {
    }

    Optional<LiveEv> ev(EvseRef evse) {
        return Optional.ofNullable(evs.get(evse));
    }

    void evArrived(LiveEv ev) {
        evs.put(ev.evse(), ev);
        profile(ev.evse()).startTransaction(ev.transactionId());
        EvChargingNeeds needs = earlyNeeds.remove(ev.evse());
        if (needs != null) {
            ev.needs(needs);
        }
    }

    /** Forgets the EV if it is still the one of that session. */
    void evLeft(EvseRef evse, io.busbar.sessions.SessionId session) {
        LiveEv ev = evs.get(evse);
        if (ev != null && ev.session().equals(session) && evs.remove(evse, ev)) {
            profile(evse).endTransaction();
            earlyNeeds.remove(evse);
        }
    }

    void needs(EvseRef evse, EvChargingNeeds needs) {
        LiveEv ev = evs.get(evse);
        if (ev != null) {
            ev.needs(needs);
        } else {
            earlyNeeds.put(evse, needs);
        }
    }

    EvseProfile profile(EvseRef evse) {
        return profiles.computeIfAbsent(evse, e -> new EvseProfile());
    }

    ChargerDefaults defaults(ChargerIdentity charger) {
        return defaults.computeIfAbsent(charger, c -> new ChargerDefaults());
    }

    void reachable(ChargerIdentity charger, boolean online) {
        if (online) {
            reachable.add(charger);
        } else {
            reachable.remove(charger);
        }
    }

    boolean reachable(ChargerIdentity charger) {
        return reachable.contains(charger);
    }

    void lastRound(SiteId site, LastRound round) {
        lastRounds.put(site, round);
    }

    Optional<LastRound> lastRound(SiteId site) {
        return Optional.ofNullable(lastRounds.get(site));
    }
}
