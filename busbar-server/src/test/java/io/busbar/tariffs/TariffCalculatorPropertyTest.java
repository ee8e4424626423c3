package io.busbar.tariffs;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated tariffs and sessions (fixed seeds: a failure names its seed and replays exactly): the price
 * equals an independent recomputation to the minor unit, is never negative, does not depend on how the meter was
 * sampled, never lets a period straddle a time-of-day boundary, and bills exactly the idle time after the grace period.
 */
class TariffCalculatorPropertyTest {
    private static final int CASES = 2_000;

    @Test
    void totalEqualsAnIndependentRecomputationAndIsNeverNegative() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSessions random = new RandomSessions(seed);
            ZoneId zone = random.zone();
            MeteredTimeline session = random.session(zone);
            Tariff tariff = random.tariff(session, zone);

            PriceBreakdown price = TariffCalculator.calculate(tariff, session, zone);
            ReferencePriceCalculator.Totals expected = ReferencePriceCalculator.total(tariff, session, zone);

            String context = "seed " + seed + ", " + zone + "\n" + tariff + "\n" + session;
            assertThat(price.totalExclVat().amount()).as(context).isEqualTo(expected.exclVat());
            assertThat(price.totalInclVat().amount()).as(context).isEqualTo(expected.inclVat());
            assertThat(price.totalVat().amount()).as(context).isEqualTo(expected.vat());
            assertThat(price.totalExclVat().isNegative() || price.totalVat().isNegative()).as(context).isFalse();
            price.lines().forEach(line -> assertThat(line.inclVat().isNegative()).as(context).isFalse());
        }
    }

    @Test
    void priceDoesNotDependOnHowTheMeterWasSampled() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSessions random = new RandomSessions(seed);
            ZoneId zone = random.zone();
            MeteredTimeline session = random.session(zone);
            Tariff tariff = random.tariff(session, zone);
            MeteredTimeline resampled = random.resampled(session);

            PriceBreakdown original = TariffCalculator.calculate(tariff, session, zone);
            PriceBreakdown denser = TariffCalculator.calculate(tariff, resampled, zone);

            String context = "seed " + seed + ", " + zone + "\n" + tariff + "\n" + session + "\n" + resampled;
            assertThat(denser.lines()).as(context).isEqualTo(original.lines());
            assertThat(denser.totalInclVat()).as(context).isEqualTo(original.totalInclVat());
            assertThat(denser.periods()).as(context).extracting(PricedPeriod::start, PricedPeriod::end)
                    .isEqualTo(original.periods().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.start(), p.end())).toList());
        }
    }

    @Test
    void eachPeriodsElementsHoldTheirTimeOfDayDayAndDateRestrictionsThroughout() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSessions random = new RandomSessions(seed);
            ZoneId zone = random.zone();
            MeteredTimeline session = random.session(zone);
            Tariff tariff = random.tariff(session, zone);
            List<Instant> boundaries = timeOfDayBoundaries(tariff, session, zone);

            for (PricedPeriod period : TariffCalculator.calculate(tariff, session, zone).periods()) {
                List<Instant> probes = new ArrayList<>(List.of(period.start().plusNanos(1), period.end().minusNanos(1)));
                boundaries.stream().filter(b -> b.isAfter(period.start()) && b.isBefore(period.end()))
                        .forEach(b -> probes.addAll(List.of(b.minusNanos(1), b.plusNanos(1))));
                for (int elementIndex : period.elementByDimension().values()) {
                    TariffRestrictions r = tariff.elements().get(elementIndex).restrictions();
                    for (Instant probe : probes) {
                        assertThat(calendarHolds(r, java.time.LocalDateTime.ofInstant(probe, zone)))
                                .as("seed " + seed + ": element " + elementIndex + " at " + probe + " in " + period).isTrue();
                    }
                }
            }
        }
    }

    private static boolean calendarHolds(TariffRestrictions r, java.time.LocalDateTime local) {
        LocalTime t = local.toLocalTime();
        boolean time;
        if (r.startTime() != null && r.endTime() != null && !r.startTime().equals(r.endTime())) {
            time = r.startTime().isBefore(r.endTime())
                    ? !t.isBefore(r.startTime()) && t.isBefore(r.endTime())
                    : !t.isBefore(r.startTime()) || t.isBefore(r.endTime());
        } else {
            time = (r.startTime() == null || r.startTime().equals(r.endTime()) || !t.isBefore(r.startTime()))
                    && (r.endTime() == null || r.startTime() != null || t.isBefore(r.endTime()));
        }
        return time && (r.daysOfWeek().isEmpty() || r.daysOfWeek().contains(local.getDayOfWeek()))
                && (r.startDate() == null || !local.toLocalDate().isBefore(r.startDate()))
                && (r.endDate() == null || local.toLocalDate().isBefore(r.endDate()));
    }

    @Test
    void onlyIdleTimeAfterTheGracePeriodIsBilled() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomSessions random = new RandomSessions(seed);
            ZoneId zone = random.zone();
            MeteredTimeline session = random.session(zone);
            Tariff tariff = random.tariff(session, zone);
            Duration grace = Duration.ofMinutes(seed % 120);
            tariff = tariff.withIdlePolicy(new IdlePolicy(grace, tariff.idlePolicy().idleBelow()));

            PriceBreakdown price = TariffCalculator.calculate(tariff, session, zone);
            Duration idle = price.periods().stream().map(PricedPeriod::idleTime).reduce(Duration.ZERO, Duration::plus);
            Duration billable = price.periods().stream().map(PricedPeriod::billableIdleTime).reduce(Duration.ZERO, Duration::plus);
            String context = "seed " + seed;
            assertThat(billable).as(context).isEqualTo(idle.compareTo(grace) > 0 ? idle.minus(grace) : Duration.ZERO);
            // the grace period ends exactly at a period boundary, and no billable idle time precedes it
            Duration idleBefore = Duration.ZERO;
            for (PricedPeriod period : price.periods()) {
                if (!period.billableIdleTime().isZero()) {
                    assertThat(idleBefore).as(context).isGreaterThanOrEqualTo(grace);
                }
                idleBefore = idleBefore.plus(period.idleTime());
            }
            if (idle.compareTo(grace) <= 0) {
                assertThat(price.lines()).as(context).noneMatch(l -> l.dimension() == TariffDimension.PARKING_TIME);
            }
        }
    }

    private static List<Instant> timeOfDayBoundaries(Tariff tariff, MeteredTimeline session, ZoneId zone) {
        List<Instant> boundaries = new ArrayList<>();
        for (TariffElement element : tariff.elements()) {
            for (LocalTime time : new LocalTime[] {element.restrictions().startTime(), element.restrictions().endTime()}) {
                if (time == null) {
                    continue;
                }
                for (LocalDate day = LocalDate.ofInstant(session.start(), zone).minusDays(1);
                     !day.isAfter(LocalDate.ofInstant(session.end(), zone).plusDays(1)); day = day.plusDays(1)) {
                    ZonedDateTime local = ZonedDateTime.of(day, time, zone);
                    if (local.toLocalTime().equals(time)) { // a time inside a DST gap is reached at the transition
                        boundaries.add(local.toInstant());
                    }
                }
            }
        }
        return boundaries;
    }

    @Test
    void zeroLengthAndSingleSampleSessionsCostOnlyTheirFlatFee() {
        Tariff tariff = Tariff.of("flat", "EUR", TariffElement.of(PriceComponent.flat("1.50").withVat("20"),
                PriceComponent.energy("0.30"), PriceComponent.time("2.00").withStep(900)));
        MeteredTimeline justPlugged = new MeteredTimeline(List.of(new MeterSample(Instant.parse("2025-01-01T10:00:00Z"),
                BigDecimal.TEN, io.busbar.platform.units.Power.ZERO, io.busbar.platform.units.Current.ZERO, ChargingState.IDLE)));
        PriceBreakdown price = TariffCalculator.calculate(tariff, justPlugged, ZoneId.of("UTC"));
        assertThat(price.totalInclVat().toString()).isEqualTo("1.80 EUR");
        assertThat(price.periods()).isEmpty();
    }
}
