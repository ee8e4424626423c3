package io.busbar.availability.internal;

import io.busbar.availability.FeedEvent;
import io.busbar.availability.PublicConnector;
import io.busbar.availability.PublicEvse;
import io.busbar.availability.PublicLocation;
import io.busbar.availability.PublicStatus;
import io.busbar.availability.TooManySubscribersException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One tenant's live availability: its sites, its chargers' public EVSEs, the changes kept for replay and its
 * subscribers. Changes are applied one at a time under a lock that never waits for I/O: the database is read
 * before, and subscribers only get an offer. Readers see immutable views.
 */
final class TenantFeed {
    final TenantId tenant;
    /** Completes once the first full read is in: changes wait for it, so none is lost or applied out of order. */
    final CompletableFuture<Void> loaded = new CompletableFuture<>();

    private final Object lock = new Object();
    private final int maxSubscribers;
    private final int subscriberQueue;
    private final ReplayBuffer replay;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private Map<SiteId, Site> sites = Map.of();
    private final Map<ChargerIdentity, ChargerView> chargers = new HashMap<>();
    /** Increases with every change shown; starts at the start time so ids of an earlier run are always older. */
    private long revision;
    private volatile Shown shown;

    TenantFeed(TenantId tenant, long start, int replayBuffer, int maxSubscribers, int subscriberQueue) {
        this.tenant = tenant;
        this.revision = start;
        this.replay = new ReplayBuffer(replayBuffer, start);
        this.maxSubscribers = maxSubscribers;
        this.subscriberQueue = subscriberQueue;
        this.shown = new Shown(start, List.of());
    }

    /** The first full read (no events: nobody has seen anything yet). */
    void load(Collection<Site> allSites, Collection<ChargerView> views, Instant now) {
        synchronized (lock) {
            sites = bySite(allSites);
            views.forEach(view -> chargers.put(view.charger(), stamped(view, null, now)));
            changed();
        }
    }

    /** A re-read of the tenant's sites (names, addresses, coordinates; new and removed sites). */
    void sites(Collection<Site> allSites) {
        synchronized (lock) {
            Map<SiteId, Site> fresh = bySite(allSites);
            if (!fresh.equals(sites)) {
                sites = fresh;
                changed();
            }
        }
    }

    boolean knows(SiteId site) {
        return shown.sites.containsKey(site);
    }

    void site(Site site) {
        synchronized (lock) {
            Map<SiteId, Site> more = new HashMap<>(sites);
            more.put(site.id(), site);
            sites = Map.copyOf(more);
            changed();
        }
    }

    List<ChargerIdentity> chargers() {
        synchronized (lock) {
            return List.copyOf(chargers.keySet());
        }
    }

    /**
     * The charger's new view (null: drivers no longer see it). Each EVSE that changed for drivers becomes an event;
     * an EVSE that disappeared is announced as UNKNOWN without connectors.
     */
    void apply(ChargerIdentity charger, ChargerView view, Instant now) {
        synchronized (lock) {
            ChargerView before = chargers.get(charger);
            if (before == null && view == null) {
                return;
            }
            List<FeedEvent.EvseChanged> events = new ArrayList<>();
            ChargerView after = view == null ? null : stamped(view, before, now);
            if (after != null) {
                for (PublicEvse evse : after.evses()) {
                    PublicEvse old = before == null ? null : before.evse(evse.evseId()).orElse(null);
                    if (!evse.sameAs(old) || before != null && !before.site().equals(after.site())) {
                        events.add(new FeedEvent.EvseChanged(++revision, after.site(), evse));
                    }
                }
                chargers.put(charger, after);
            } else {
                chargers.remove(charger);
            }
            if (before != null) {
                for (PublicEvse old : before.evses()) {
                    if (after == null || after.evse(old.evseId()).isEmpty()) {
                        PublicEvse gone = new PublicEvse(charger, old.evseId(), PublicStatus.UNKNOWN,
                                List.<PublicConnector>of(), null, now);
                        events.add(new FeedEvent.EvseChanged(++revision, before.site(), gone));
                    }
                }
            }
            if (events.isEmpty()) {
                return;
            }
            changed();
            for (FeedEvent event : events) {
                replay.add(event);
                subscribers.removeIf(subscriber -> !subscriber.offer(event));
            }
        }
    }

    /**
     * A new subscriber; with {@code lastEventId}, it first gets the events it missed, or a snapshot when they are
     * no longer kept.
     */
    Subscriber subscribe(OptionalLong lastEventId) {
        synchronized (lock) {
            if (subscribers.size() >= maxSubscribers) {
                throw new TooManySubscribersException(maxSubscribers);
            }
            List<FeedEvent> backlog = List.of();
            if (lastEventId.isPresent()) {
                backlog = replay.after(lastEventId.getAsLong(), revision)
                        .orElseGet(() -> List.of(new FeedEvent.Snapshot(revision, shown.locations)));
            }
            Subscriber subscriber = new Subscriber(subscriberQueue, backlog, subscribers::remove);
            subscribers.add(subscriber);
            return subscriber;
        }
    }

    long revision() {
        return shown.revision;
    }

    List<PublicLocation> locations() {
        return shown.locations;
    }

    Optional<PublicLocation> location(SiteId site) {
        return shown.locations.stream().filter(location -> location.id().equals(site)).findFirst();
    }

    /** EVSEs unchanged for drivers keep their time; changed ones get {@code now}. */
    private static ChargerView stamped(ChargerView view, ChargerView before, Instant now) {
        List<PublicEvse> evses = view.evses().stream().map(evse -> {
            PublicEvse old = before == null ? null : before.evse(evse.evseId()).orElse(null);
            return evse.sameAs(old) && old.at() != null ? old : evse.changedAt(now);
        }).toList();
        return new ChargerView(view.charger(), view.site(), evses);
    }

    /** Rebuilds what readers see; called under the lock after every change. */
    private void changed() {
        revision++;
        Map<SiteId, List<PublicEvse>> bySite = new HashMap<>();
        chargers.values().stream().sorted(Comparator.comparing(view -> view.charger().value()))
                .forEach(view -> bySite.computeIfAbsent(view.site(), site -> new ArrayList<>()).addAll(view.evses()));
        List<PublicLocation> locations = new ArrayList<>();
        bySite.forEach((siteId, evses) -> {
            Site site = sites.get(siteId);
            if (site != null) {
                Instant updated = evses.stream().map(PublicEvse::at).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null);
                locations.add(new PublicLocation(site.id(), site.name(), site.address(), site.location(),
                        site.timeZone(), evses, updated, null));
            }
        });
        locations.sort(Comparator.comparing(PublicLocation::name).thenComparing(location -> location.id().value()));
        shown = new Shown(revision, List.copyOf(locations), Map.copyOf(sites));
    }

    private static Map<SiteId, Site> bySite(Collection<Site> sites) {
        Map<SiteId, Site> result = new HashMap<>();
        sites.forEach(site -> result.put(site.id(), site));
        return Map.copyOf(result);
    }

    private record Shown(long revision, List<PublicLocation> locations, Map<SiteId, Site> sites) {
        Shown(long revision, List<PublicLocation> locations) {
            this(revision, locations, Map.of());
        }
    }
}
