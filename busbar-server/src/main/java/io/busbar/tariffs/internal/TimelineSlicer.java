package io.busbar.tariffs.internal;

import io.busbar.tariffs.IdlePolicy;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.MeteredTimeline;
import io.busbar.tariffs.PeriodActivity;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceSchedule;
import io.busbar.tariffs.PriceSchedules;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffRestrictions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Cuts a timeline into slices at every instant where the price could change: meter samples, local times of day named
 * by a restriction (and midnight, for dates and weekdays), zone offset changes, duration thresholds, the instants the
 * session's energy reaches a kWh threshold (found by linear interpolation), schedule price changes, and the end of
 * the idle grace period. Inside a slice the energy is interpolated linearly from the enclosing meter interval.
 */
public final class TimelineSlicer {
    /** Interpolated energies are exact to 1e-12 Wh; quantities are resolved to 0.001 Wh later. */
    static final int ENERGY_SCALE = 12;

    private final Tariff tariff;
    private final MeteredTimeline timeline;
    private final ZoneId zone;
    private final PriceSchedules schedules;

    public TimelineSlicer(Tariff tariff, MeteredTimeline timeline, ZoneId zone, PriceSchedules schedules) {
        this.tariff = tariff;
        this.timeline = timeline;
        this.zone = zone;
        this.schedules = schedules;
    }

    public List<Slice> slices() {
        NavigableSet<Instant> cuts = cuts();
        List<MeterSample> samples = timeline.samples();
        List<Slice> slices = new ArrayList<>();
        long graceNanos = tariff.idlePolicy().gracePeriod().toNanos();
        long idleSoFar = 0;
        for (int i = 0; i + 1 < samples.size(); i++) {
            MeterSample from = samples.get(i);
            MeterSample to = samples.get(i + 1);
            PeriodActivity activity = activityOf(from, tariff.idlePolicy());
            Instant sliceStart = from.at();
            for (Instant cut : cuts.subSet(from.at(), false, to.at(), true)) {
                long nanos = Duration.between(sliceStart, cut).toNanos();
                if (activity == PeriodActivity.IDLE && idleSoFar < graceNanos && idleSoFar + nanos > graceNanos) {
                    // the grace period ends inside this slice: split it there
                    Instant graceEnd = sliceStart.plusNanos(graceNanos - idleSoFar);
                    slices.add(slice(from, to, sliceStart, graceEnd, activity, false));
                    idleSoFar = graceNanos;
                    sliceStart = graceEnd;
                    nanos = Duration.between(sliceStart, cut).toNanos();
                }
                boolean billable = activity == PeriodActivity.IDLE && idleSoFar >= graceNanos;
                slices.add(slice(from, to, sliceStart, cut, activity, billable));
                if (activity == PeriodActivity.IDLE) {
                    idleSoFar += nanos;
                }
                sliceStart = cut;
            }
        }
        return slices;
    }

    /** The moment at the session's start, for a session without any interval (and for FLAT components). */
    public PricingMoment momentAtStart() {
        MeterSample first = timeline.samples().getFirst();
        return new PricingMoment(LocalDateTime.ofInstant(first.at(), zone), BigDecimal.ZERO, Duration.ZERO,
                first.power(), first.current());
    }

    static PeriodActivity activityOf(MeterSample sample, IdlePolicy policy) {
        return switch (sample.state()) {
            case CHARGING -> sample.power().compareTo(policy.idleBelow()) < 0 ? PeriodActivity.IDLE : PeriodActivity.CHARGING;
            case SUSPENDED_EV, IDLE -> PeriodActivity.IDLE;
            case SUSPENDED_EVSE -> PeriodActivity.SUSPENDED_BY_EVSE;
        };
    }

    private Slice slice(MeterSample from, MeterSample to, Instant start, Instant end, PeriodActivity activity,
                        boolean billableIdle) {
        long nanos = Duration.between(start, end).toNanos();
        BigDecimal energy = registerAt(from, to, end).subtract(registerAt(from, to, start));
        Instant middle = start.plusNanos(nanos / 2);
        BigDecimal soFar = registerAt(from, to, middle).subtract(timeline.samples().getFirst().registerWh());
        PricingMoment moment = new PricingMoment(LocalDateTime.ofInstant(middle, zone), soFar,
                Duration.between(timeline.start(), middle), from.power(), from.current());
        return new Slice(start, end, activity, energy, nanos, billableIdle, moment);
    }

    /** The register linearly interpolated between two samples. */
    static BigDecimal registerAt(MeterSample from, MeterSample to, Instant at) {
        if (at.equals(from.at())) {
            return from.registerWh();
        }
        if (at.equals(to.at())) {
            return to.registerWh();
        }
        long interval = Duration.between(from.at(), to.at()).toNanos();
        long elapsed = Duration.between(from.at(), at).toNanos();
        BigDecimal delta = to.registerWh().subtract(from.registerWh());
        return from.registerWh().add(delta.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(interval), ENERGY_SCALE, RoundingMode.HALF_UP));
    }

    private NavigableSet<Instant> cuts() {
        Instant start = timeline.start();
        Instant end = timeline.end();
        TreeSet<Instant> cuts = new TreeSet<>();
        timeline.samples().forEach(sample -> cuts.add(sample.at()));
        addLocalTimeCuts(cuts, start, end);
        addZoneTransitions(cuts, start, end);
        for (TariffElement element : tariff.elements()) {
            TariffRestrictions r = element.restrictions();
            for (Duration threshold : new Duration[] {r.minDuration(), r.maxDuration()}) {
                if (threshold != null) {
                    cuts.add(start.plus(threshold));
                }
            }
            for (BigDecimal kwh : new BigDecimal[] {r.minKwh(), r.maxKwh()}) {
                if (kwh != null) {
                    addEnergyThreshold(cuts, kwh.movePointRight(3));
                }
            }
            for (PriceComponent component : element.components()) {
                if (component.dynamicPrice() != null && !component.dynamicPrice().lockedAtStart()) {
                    PriceSchedule schedule = schedules.require(component.dynamicPrice().schedule());
                    schedule.entries().forEach(entry -> cuts.add(entry.from()));
                }
            }
        }
        return new TreeSet<>(cuts.subSet(start, false, end, true));
    }

    private void addLocalTimeCuts(TreeSet<Instant> cuts, Instant start, Instant end) {
        TreeSet<LocalTime> times = new TreeSet<>();
        times.add(LocalTime.MIDNIGHT);
        for (TariffElement element : tariff.elements()) {
            if (element.restrictions().startTime() != null) {
                times.add(element.restrictions().startTime());
            }
            if (element.restrictions().endTime() != null) {
                times.add(element.restrictions().endTime());
            }
        }
        LocalDate last = LocalDate.ofInstant(end, zone).plusDays(1);
        for (LocalDate day = LocalDate.ofInstant(start, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime time : times) {
                ZonedDateTime local = ZonedDateTime.of(day, time, zone);
                cuts.add(local.withEarlierOffsetAtOverlap().toInstant());
                cuts.add(local.withLaterOffsetAtOverlap().toInstant());
            }
        }
    }

    /** A local time inside a DST gap is reached at the transition itself, so transitions are cuts too. */
    private void addZoneTransitions(TreeSet<Instant> cuts, Instant start, Instant end) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(start);
        while (transition != null && transition.getInstant().isBefore(end)) {
            cuts.add(transition.getInstant());
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
    }

    private void addEnergyThreshold(TreeSet<Instant> cuts, BigDecimal thresholdWh) {
        List<MeterSample> samples = timeline.samples();
        BigDecimal target = samples.getFirst().registerWh().add(thresholdWh);
        for (int i = 0; i + 1 < samples.size(); i++) {
            MeterSample from = samples.get(i);
            MeterSample to = samples.get(i + 1);
            if (from.registerWh().compareTo(target) < 0 && to.registerWh().compareTo(target) > 0) {
                long interval = Duration.between(from.at(), to.at()).toNanos();
                long offset = target.subtract(from.registerWh()).multiply(BigDecimal.valueOf(interval))
                        .divide(to.registerWh().subtract(from.registerWh()), 0, RoundingMode.HALF_UP).longValueExact();
                cuts.add(from.at().plusNanos(offset));
                return;
            }
        }
    }
}
