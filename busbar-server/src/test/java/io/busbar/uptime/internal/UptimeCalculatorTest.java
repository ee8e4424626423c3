package io.busbar.uptime.internal;

import io.busbar.chargers.ConnectorStatus;
import io.busbar.faults.FaultSeverity;
import io.busbar.uptime.internal.EvseTimeline.FaultSpan;
import io.busbar.uptime.internal.EvseTimeline.PresenceSpan;
import io.busbar.uptime.internal.EvseTimeline.Span;
import io.busbar.uptime.internal.EvseTimeline.StatusSpan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the uptime arithmetic over random timelines (seeded, bounded). */
class UptimeCalculatorTest {
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final long HOURS = 24 * 30;

    @Test
    void everyMonitoredSecondIsCountedOnceAndUptimeIsAPercentage() {
        Random random = new Random(6);
        for (int run = 0; run < 300; run++) {
            EvseTimeline timeline = randomTimeline(random);
            Instant start = hour(random.nextInt((int) HOURS)), end = start.plus(Duration.ofHours(1 + random.nextInt(200)));
            Measurement m = UptimeCalculator.measure(timeline, start, end);

            assertThat(m.unmonitored().plus(m.monitored())).isEqualTo(Duration.between(start, end));
            assertThat(m.downByCause().values().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(m.down());
            BigDecimal uptime = new FiguresTally(m, SessionTally.NONE).figures(BigDecimal.valueOf(99)).uptimePercent();
            if (uptime != null) {
                assertThat(uptime).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        }
    }

    @Test
    void splittingAPeriodInTwoGivesTheSameTimeWeightedResult() {
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            EvseTimeline timeline = randomTimeline(random);
            Instant start = hour(random.nextInt(100));
            Instant end = start.plus(Duration.ofHours(2 + random.nextInt(500)));
            Instant split = start.plusSeconds(1 + random.nextLong(Duration.between(start, end).toSeconds() - 1));

            Measurement whole = UptimeCalculator.measure(timeline, start, end);
            Measurement halves = UptimeCalculator.measure(timeline, start, split)
                    .plus(UptimeCalculator.measure(timeline, split, end));

            assertThat(halves).isEqualTo(whole);
        }
    }

    @Test
    void offlineWinsOverAFaultAndExclusionWinsOverBoth() {
        Instant h1 = hour(1), h2 = hour(2), h3 = hour(3), h4 = hour(4);
        EvseTimeline timeline = new EvseTimeline(T0,
                List.of(new StatusSpan(1, ConnectorStatus.AVAILABLE, null, new Span(T0, null))), List.of(),
                List.of(new PresenceSpan(false, new Span(h1, h3))),
                List.of(new FaultSpan("CONNECTOR_ERROR", FaultSeverity.ERROR, "X", new Span(h2, h4))),
                List.of(new Span(h2, h3)));

        Measurement m = UptimeCalculator.measure(timeline, T0, h4);

        assertThat(m.up()).isEqualTo(Duration.ofHours(1));
        assertThat(m.excluded()).isEqualTo(Duration.ofHours(1));
        assertThat(m.downByCause()).containsOnly(
                org.assertj.core.api.Assertions.entry(new Measurement.Cause("OFFLINE", null), Duration.ofHours(1)),
                org.assertj.core.api.Assertions.entry(new Measurement.Cause("CONNECTOR_ERROR", "X"), Duration.ofHours(1)));
    }

    private static EvseTimeline randomTimeline(Random random) {
        Instant firstSeen = random.nextInt(4) == 0 ? null : hour(random.nextInt(300));
        List<StatusSpan> statuses = new ArrayList<>();
        Instant at = firstSeen == null ? T0 : firstSeen;
        ConnectorStatus[] values = ConnectorStatus.values();
        for (int i = 0; i < 1 + random.nextInt(12) && firstSeen != null; i++) {
            Instant next = at.plus(Duration.ofMinutes(1 + random.nextInt(6_000)));
            boolean last = random.nextInt(10) == 0;
            statuses.add(new StatusSpan(1, values[random.nextInt(values.length)], null, new Span(at, last ? null : next)));
            if (last) {
                break;
            }
            at = next;
        }
        return new EvseTimeline(firstSeen, statuses, List.of(), List.of(randomPresence(random)),
                List.of(new FaultSpan("CONNECTOR_ERROR", FaultSeverity.values()[random.nextInt(4)], null, randomSpan(random)),
                        new FaultSpan("OFFLINE", FaultSeverity.CRITICAL, null, randomSpan(random))),
                List.of(randomSpan(random)));
    }

    private static PresenceSpan randomPresence(Random random) {
        return new PresenceSpan(random.nextBoolean(), randomSpan(random));
    }

    private static Span randomSpan(Random random) {
        Instant from = hour(random.nextInt((int) HOURS));
        return new Span(from, random.nextInt(5) == 0 ? null : from.plus(Duration.ofMinutes(1 + random.nextInt(3_000))));
    }

    private static Instant hour(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
