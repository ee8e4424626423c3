package io.busbar.uptime.internal;

import io.busbar.chargers.ConnectorStatus;
import io.busbar.faults.FaultSeverity;
import io.busbar.uptime.internal.EvseTimeline.FaultSpan;
import io.busbar.uptime.internal.EvseTimeline.Span;
import io.busbar.uptime.internal.EvseTimeline.StatusSpan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Classifies every instant of [start, end) of one EVSE's timeline as unmonitored, excluded, up or down (with the
 * cause), by {@link io.busbar.uptime.UptimeDefinition}. A pure function: the timeline is cut at every interval
 * boundary and each piece, over which nothing changes, is classified by its first instant.
 */
final class UptimeCalculator {
    /** The order of precedence when several things hold at once: the first names the cause of the downtime. */
    private static final Comparator<FaultSpan> WORST_FIRST = Comparator
            .comparing(FaultSpan::severity, Comparator.reverseOrder())
            .thenComparing(fault -> fault.span().from())
            .thenComparing(FaultSpan::type);

    private UptimeCalculator() {
    }

    static Measurement measure(EvseTimeline timeline, Instant start, Instant end) {
        Measurement.Builder result = new Measurement.Builder();
        if (!end.isAfter(start)) {
            return result.build();
        }
        TreeSet<Instant> cuts = new TreeSet<>(List.of(start, end));
        boundaries(timeline).filter(t -> t.isAfter(start) && t.isBefore(end)).forEach(cuts::add);
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null) {
                result.add(classify(timeline, previous), Duration.between(previous, cut));
            }
            previous = cut;
        }
        return result.build();
    }

    private static Stream<Instant> boundaries(EvseTimeline timeline) {
        List<Span> spans = new ArrayList<>(timeline.exclusions());
        timeline.connectors().forEach(s -> spans.add(s.span()));
        timeline.chargerWide().forEach(s -> spans.add(s.span()));
        timeline.presence().forEach(s -> spans.add(s.span()));
        timeline.faults().forEach(s -> spans.add(s.span()));
        Stream<Instant> first = timeline.firstSeen() == null ? Stream.empty() : Stream.of(timeline.firstSeen());
        return Stream.concat(first, spans.stream().flatMap(s -> Stream.of(s.from(), s.to())))
                .filter(t -> t != null);
    }

    static State classify(EvseTimeline timeline, Instant t) {
        if (timeline.firstSeen() == null || t.isBefore(timeline.firstSeen())) {
            return State.UNMONITORED;
        }
        if (timeline.exclusions().stream().anyMatch(span -> span.covers(t))) {
            return State.EXCLUDED;
        }
        if (timeline.presence().stream().anyMatch(p -> p.span().covers(t) && !p.online())) {
            return State.down("OFFLINE", null);
        }
        Optional<FaultSpan> fault = timeline.faults().stream()
                .filter(f -> f.severity().compareTo(FaultSeverity.ERROR) >= 0 && f.span().covers(t))
                .min(WORST_FIRST);
        if (fault.isPresent()) {
            return State.down(fault.get().type(), fault.get().code());
        }
        Optional<StatusSpan> chargerDown = timeline.chargerWide().stream()
                .filter(s -> s.span().covers(t) && !up(s.status())).findFirst();
        if (chargerDown.isPresent()) {
            return statusDown(chargerDown.get());
        }
        List<StatusSpan> current = timeline.connectors().stream().filter(s -> s.span().covers(t))
                .sorted(Comparator.comparingInt(StatusSpan::connectorId)).toList();
        if (current.stream().anyMatch(s -> up(s.status()))) {
            return State.UP;
        }
        return current.isEmpty() ? State.down("UNKNOWN", null) : statusDown(current.getFirst());
    }

    /** Available, reserved or in use (any occupied state): the EVSE serves drivers. */
    static boolean up(ConnectorStatus status) {
        return status != ConnectorStatus.UNAVAILABLE && status != ConnectorStatus.FAULTED;
    }

    private static State statusDown(StatusSpan span) {
        String code = span.errorCode() == null || "NoError".equals(span.errorCode()) ? null : span.errorCode();
        return State.down("STATUS_" + span.status().name(), code);
    }

    /** What one instant was. {@code cause}/{@code code} only for DOWN. */
    record State(Kind kind, String cause, String code) {
        static final State UNMONITORED = new State(Kind.UNMONITORED, null, null);
        static final State EXCLUDED = new State(Kind.EXCLUDED, null, null);
        static final State UP = new State(Kind.UP, null, null);

        static State down(String cause, String code) {
            return new State(Kind.DOWN, cause, code);
        }

        enum Kind { UNMONITORED, EXCLUDED, UP, DOWN }
    }
}
