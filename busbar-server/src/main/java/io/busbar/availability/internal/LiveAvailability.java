package io.busbar.availability.internal;

import io.busbar.availability.AvailabilityFeed;
import io.busbar.availability.AvailabilityProperties;
import io.busbar.availability.FeedSubscription;
import io.busbar.availability.PublicLocation;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The live feeds, one per tenant, loaded on first use. A change marks its charger; a few worker threads re-read
 * marked chargers (one query for the charger and its connectors, one for its open faults) and apply the result, so
 * a burst of changes costs one read per charger and nothing waits on the thread that committed the change.
 */
@Service
class LiveAvailability implements AvailabilityFeed, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LiveAvailability.class);
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 200;
    private static final long LOAD_WAIT_SECONDS = 60;
    private static final java.time.Duration POLL = java.time.Duration.ofMillis(500);

    private final ChargerRegistry registry;
    private final Sites sites;
    private final ChargerViewReader reader;
    private final AvailabilityProperties properties;
    private final Clock clock;
    private final Map<TenantId, TenantFeed> feeds = new ConcurrentHashMap<>();
    private final RecomputeQueue<ChargerIdentity> marked = new RecomputeQueue<>();
    private volatile boolean running;

    LiveAvailability(ChargerRegistry registry, Sites sites, ChargerViewReader reader, AvailabilityProperties properties,
                     Clock clock) {
        this.registry = registry;
        this.sites = sites;
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<PublicLocation> locations(TenantId tenant, Optional<GeoPoint> near, long radiusMetres) {
        if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
            throw new IllegalArgumentException("The radius must be 1 to " + MAX_RADIUS_METRES + " metres");
        }
        List<PublicLocation> all = feed(tenant).locations();
        if (near.isEmpty()) {
            return all;
        }
        GeoPoint point = near.get();
        return all.stream().filter(location -> location.coordinates() != null)
                .map(location -> location.withDistance(Math.round(point.metresTo(location.coordinates()))))
                .filter(location -> location.distanceMetres() <= radiusMetres)
                .sorted(Comparator.comparingLong(PublicLocation::distanceMetres))
                .toList();
    }

    @Override
    public Optional<PublicLocation> location(TenantId tenant, SiteId site) {
        return feed(tenant).location(site);
    }

    @Override
    public long revision(TenantId tenant) {
        return feed(tenant).revision();
    }

    @Override
    public FeedSubscription subscribe(TenantId tenant, OptionalLong lastEventId) {
        return feed(tenant).subscribe(lastEventId);
    }

    /** Something about the charger changed (committed): it is re-read soon. */
    void changed(ChargerIdentity charger) {
        marked.mark(charger);
    }

    /** Re-reads sites and every charger of the loaded tenants (prices and descriptions were forgotten before). */
    void refreshAll() {
        for (TenantFeed feed : feeds.values()) {
            if (!feed.loaded.isDone() || feed.loaded.isCompletedExceptionally()) {
                continue;
            }
            feed.sites(sites.list(feed.tenant));
            feed.chargers().forEach(marked::mark);
            eachAcceptedCharger(feed.tenant, charger -> marked.mark(charger.identity()));
        }
    }

    private TenantFeed feed(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        TenantFeed feed = feeds.get(tenant);
        if (feed == null) {
            TenantFeed fresh = new TenantFeed(tenant, clock.millis() * 1000, properties.replayBuffer(),
                    properties.maxSubscribersPerTenant(), properties.subscriberQueue());
            feed = feeds.putIfAbsent(tenant, fresh);
            if (feed == null) {
                load(fresh);
                return fresh;
            }
        }
        awaitLoaded(feed);
        return feed;
    }

    /** Reads everything the tenant shows; changes to its chargers wait meanwhile (see {@link #recompute}). */
    private void load(TenantFeed feed) {
        try {
            List<ChargerView> views = new ArrayList<>();
            eachAcceptedCharger(feed.tenant, charger -> reader.read(charger).ifPresent(views::add));
            feed.load(sites.list(feed.tenant), views, clock.instant());
            feed.loaded.complete(null);
        } catch (RuntimeException e) {
            feeds.remove(feed.tenant, feed);
            feed.loaded.completeExceptionally(e);
            throw e;
        }
    }

    private void eachAcceptedCharger(TenantId tenant, Consumer<Charger> action) {
        ChargerRegistry.ChargerFilter filter = new ChargerRegistry.ChargerFilter(tenant, null,
                RegistrationStatus.ACCEPTED, null);
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Charger> batch = registry.list(filter, after, PAGE);
            batch.forEach(action);
            if (batch.size() < PAGE) {
                return;
            }
            after = batch.getLast().identity().value();
        }
    }

    private static void awaitLoaded(TenantFeed feed) {
        try {
            feed.loaded.get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the feed of " + feed.tenant + " loads", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The feed of " + feed.tenant + " could not be loaded", e);
        }
    }

    /** Re-reads one charger and applies it to its tenant's feed, if that feed is in use. */
    void recompute(ChargerIdentity identity) {
        Optional<Charger> charger = registry.find(identity);
        if (charger.isEmpty()) {
            feeds.values().stream().filter(feed -> feed.loaded.isDone())
                    .forEach(feed -> feed.apply(identity, null, clock.instant()));
            return;
        }
        TenantFeed feed = feeds.get(charger.get().tenant());
        if (feed == null) {
            return; // nobody looked at this tenant yet: its first load reads the committed state
        }
        if (!feed.loaded.isDone()) {
            // The load may have read this charger before the change committed: wait, then read again.
            awaitLoaded(feed);
            charger = registry.find(identity);
            if (charger.isEmpty()) {
                return;
            }
        }
        Optional<ChargerView> view = reader.read(charger.get());
        view.map(ChargerView::site).filter(site -> !feed.knows(site))
                .flatMap(sites::find).ifPresent(feed::site);
        feed.apply(identity, view.orElse(null), clock.instant());
    }

    /**
     * Until stopped. Never interrupted: an interrupt closes the socket of a JDBC read in progress (and breaks a
     * pooled connection); a stopped worker ends after its current charger or within one poll.
     */
    private void work() {
        while (running) {
            ChargerIdentity charger;
            try {
                charger = marked.take(POLL);
            } catch (InterruptedException e) {
                return;
            }
            if (charger == null) {
                continue;
            }
            try {
                recompute(charger);
            } catch (RuntimeException e) {
                log.warn("Public availability of {} not updated: {}", charger, e.toString());
            } finally {
                marked.done(charger);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            Thread.ofVirtual().name("availability-" + i).start(this::work);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
