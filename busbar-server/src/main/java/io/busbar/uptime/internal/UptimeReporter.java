package io.busbar.uptime.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.uptime.UptimeQuery;
import io.busbar.uptime.UptimeReport;
import io.busbar.uptime.UptimeReport.EvseFigures;
import io.busbar.uptime.UptimeReport.SiteFigures;
import io.busbar.uptime.UptimeReports;
import io.busbar.uptime.internal.EvseTimeline.Span;
import io.busbar.uptime.internal.EvseTimeline.StatusSpan;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the SLA report: one timeline per EVSE in scope, measured, then summed per site and network. */
@Service
class UptimeReporter implements UptimeReports {
    /** A stand-in key for chargers without a site (map keys cannot be null). */
    private static final SiteId NO_SITE = new SiteId(new java.util.UUID(0, 0));

    private static final int PAGE = 500;
    /** Bounds the charger listing (500 × 2,000 = one million chargers). */
    private static final int MAX_PAGES = 2_000;
    private final ChargerRegistry chargers;
    private final TimelineQueries timelines;
    private final ExclusionStore exclusions;
    private final Clock clock;

    UptimeReporter(ChargerRegistry chargers, TimelineQueries timelines, ExclusionStore exclusions, Clock clock) {
        this.chargers = chargers;
        this.timelines = timelines;
        this.exclusions = exclusions;
        this.clock = clock;
    }

    @Override
    public UptimeReport report(UptimeQuery query) {
        Instant now = clock.instant();
        Instant end = query.to().isAfter(now) ? now : query.to();
        Instant start = query.from().isAfter(end) ? end : query.from();
        List<EvseResult> evses = new ArrayList<>();
        List<ChargerIdentity> withoutData = new ArrayList<>();
        for (Charger charger : inScope(query)) {
            List<EvseResult> measured = measure(charger, start, end);
            if (measured.isEmpty()) {
                withoutData.add(charger.identity());
            }
            evses.addAll(measured);
        }
        Map<SiteId, FiguresTally> bySite = new LinkedHashMap<>();
        FiguresTally network = FiguresTally.NONE;
        for (EvseResult evse : evses) {
            bySite.merge(evse.site() == null ? NO_SITE : evse.site(), evse.tally(), FiguresTally::plus);
            network = network.plus(evse.tally());
        }
        List<SiteFigures> sites = bySite.entrySet().stream()
                .map(e -> new SiteFigures(e.getKey() == NO_SITE ? null : e.getKey(),
                        e.getValue().figures(query.targetPercent())))
                .sorted(Comparator.comparing(s -> s.site() == null ? "" : s.site().toString()))
                .toList();
        return new UptimeReport(query.from(), query.to(), end, query.targetPercent(),
                network.figures(query.targetPercent()), sites,
                evses.stream().map(e -> new EvseFigures(e.charger(), e.evseId(), e.site(),
                        e.tally().figures(query.targetPercent()))).toList(),
                List.copyOf(withoutData));
    }

    private List<Charger> inScope(UptimeQuery query) {
        if (query.charger() != null) {
            Charger charger = chargers.require(query.charger());
            if (query.tenant() != null && !query.tenant().equals(charger.tenant())) {
                throw new ChargerNotFoundException(query.charger()); // another tenant's reads like a missing one
            }
            return query.site() == null || query.site().equals(charger.siteId()) ? List.of(charger) : List.of();
        }
        var filter = new ChargerRegistry.ChargerFilter(query.tenant(), query.site(), null, null);
        List<Charger> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Charger> batch = chargers.list(filter, after, PAGE);
            all.addAll(batch);
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.getLast().identity().value();
        }
        return all;
    }

    private List<EvseResult> measure(Charger charger, Instant start, Instant end) {
        ChargerIdentity id = charger.identity();
        Map<Integer, Instant> firstSeen = timelines.firstSeen(id);
        if (firstSeen.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<StatusSpan>> statuses = timelines.statuses(id, start, end);
        var presence = timelines.presence(id, start, end);
        var faults = timelines.faults(id, start, end);
        List<Span> excluded = exclusions.applyingTo(id, charger.siteId(), start, end).stream()
                .map(e -> new Span(e.from(), e.to())).toList();
        Map<Integer, SessionTally> sessions = timelines.sessions(id, start, end);
        List<EvseResult> results = new ArrayList<>();
        firstSeen.forEach((evseId, first) -> {
            EvseTimeline timeline = new EvseTimeline(first, statuses.getOrDefault(evseId, List.of()),
                    statuses.getOrDefault(0, List.of()), presence,
                    faults.stream().filter(f -> wholeCharger(f.evseId()) || Objects.equals(f.evseId(), evseId))
                            .map(TimelineQueries.EvseFault::fault).toList(),
                    excluded);
            results.add(new EvseResult(id, evseId, charger.siteId(), new FiguresTally(
                    UptimeCalculator.measure(timeline, start, end), sessions.getOrDefault(evseId, SessionTally.NONE))));
        });
        return results;
    }

    /** A fault without an EVSE, or on EVSE 0, is the whole charger's. */
    private static boolean wholeCharger(Integer evseId) {
        return evseId == null || evseId == 0;
    }

    private record EvseResult(ChargerIdentity charger, int evseId, SiteId site, FiguresTally tally) {
    }
}
