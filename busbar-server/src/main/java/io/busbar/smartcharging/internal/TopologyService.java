package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.smartcharging.InvalidTopologyException;
import io.busbar.smartcharging.InvalidTopologyException.Problem;
import io.busbar.smartcharging.SiteTopologies;
import io.busbar.smartcharging.TopologyDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores topologies, compiles them into the live state, and on start-up rebuilds it with the sessions running. */
@Service
class TopologyService implements SiteTopologies {
    private static final Logger log = LoggerFactory.getLogger(TopologyService.class);

    private final TopologyStore store;
    private final LiveState state;
    private final AllocationRounds rounds;
    private final Sites sites;
    private final ChargerRegistry chargers;
    private final SessionQueries sessions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TopologyService(TopologyStore store, LiveState state, AllocationRounds rounds, Sites sites,
                    ChargerRegistry chargers, SessionQueries sessions, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.state = state;
        this.rounds = rounds;
        this.sites = sites;
        this.chargers = chargers;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<StoredTopology> find(SiteId site) {
        return store.find(site);
    }

    @Override
    public StoredTopology replace(SiteId siteId, TopologyDocument document) {
        Site site = sites.find(siteId).orElseThrow(() -> InvalidTopologyException.of("site", "no site " + siteId));
        CompiledSite compiled = TopologyCompiler.compile(siteId, 0, document, site.timeZone());
        List<Problem> problems = new ArrayList<>();
        Set<ChargerIdentity> foreign = new HashSet<>();
        for (ChargerIdentity charger : compiled.chargers()) {
            // The allocator sends limits to these chargers: only the site's tenant's may be managed here, and
            // another tenant's reads exactly like an unregistered one.
            if (chargers.find(charger).filter(found -> found.tenant().equals(site.tenant())).isEmpty()) {
                foreign.add(charger);
                problems.add(new Problem("evses", "charger " + charger + " is not registered"));
            }
        }
        for (EvseRef evse : compiled.evses().keySet()) {
            if (foreign.contains(evse.charger())) {
                continue;
            }
            store.otherSiteOf(evse, siteId).ifPresent(other -> problems.add(new Problem("evses",
                    "EVSE " + evse.evseId() + " of " + evse.charger() + " is already managed by site " + other)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTopologyException(problems);
        }
        var now = clock.instant();
        int revision = transactions.execute(status -> {
            int saved = store.save(siteId, document, now);
            store.index(siteId, compiled.evses().keySet());
            return saved;
        });
        CompiledSite live = TopologyCompiler.compile(siteId, revision, document, site.timeZone());
        state.sites.put(live);
        adoptRunningSessions(live);
        // A new topology changes the fail-safe: resend it to every charger of the site.
        live.chargers().forEach(charger -> state.defaults(charger).reset());
        rounds.request(siteId);
        log.info("Site {} topology revision {}: {} EVSEs", siteId, revision, live.evses().size());
        return new StoredTopology(siteId, document, revision, now);
    }

    /** After a restart (or a new topology), the sessions already running are EVs of the site. */
    private void adoptRunningSessions(CompiledSite site) {
        for (ChargerIdentity charger : site.chargers()) {
            for (Session session : sessions.list(new SessionQueries.SessionFilter(charger, null, SessionState.ACTIVE,
                    null, null), null, 100)) {
                EvseRef evse = new EvseRef(charger, session.evseId());
                if (site.evses().containsKey(evse) && state.ev(evse).isEmpty()) {
                    state.evArrived(new LiveEv(evse, session.id(), transactionIdOf(session), session.startedAt()));
                }
            }
        }
    }

    static String transactionIdOf(Session session) {
        return session.chargerTransactionId() != null ? session.chargerTransactionId()
                : Long.toString(session.transactionNumber());
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        for (StoredTopology stored : store.all()) {
            ZoneId zone = sites.find(stored.site()).map(Site::timeZone).orElse(ZoneId.of("UTC"));
            try {
                CompiledSite site = TopologyCompiler.compile(stored.site(), stored.revision(), stored.document(), zone);
                state.sites.put(site);
                adoptRunningSessions(site);
                rounds.request(site.site());
            } catch (InvalidTopologyException e) {
                log.error("Stored topology of site {} no longer compiles: {}", stored.site(), e.getMessage());
            }
        }
    }
}
