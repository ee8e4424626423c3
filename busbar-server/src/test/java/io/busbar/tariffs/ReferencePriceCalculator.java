package io.busbar.tariffs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A deliberately plain recomputation of a session's price, written apart from the production code: it walks the
 * session minute by minute (plus the sample instants), splits a minute only where the session's energy crosses a kWh
 * threshold or the grace period ends, looks every element up again for every piece, and bills each dimension with
 * the OCPI step rule in one pass. Slow and obvious. Assumes restriction times in whole minutes and
 * zones whose offsets are whole minutes (true for the generated cases).
 */
final class ReferencePriceCalculator {
    record Totals(BigDecimal exclVat, BigDecimal vat, BigDecimal inclVat) {
    }

    /** One piece of quantity of one dimension: which element/component (or -1 when free) at what price. */
    private record Piece(int element, int component, BigDecimal price, BigDecimal quantity) {
    }

    private ReferencePriceCalculator() {
    }

    static Totals total(Tariff tariff, MeteredTimeline timeline, ZoneId zone) {
        List<MeterSample> samples = timeline.samples();
        Instant start = timeline.start();
        BigDecimal startRegister = samples.getFirst().registerWh();
        TreeSet<Instant> points = new TreeSet<>();
        samples.forEach(s -> points.add(s.at()));
        for (Instant m = start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES); m.isBefore(timeline.end());
             m = m.plus(1, ChronoUnit.MINUTES)) {
            points.add(m);
        }
        for (TariffElement element : tariff.elements()) {
            for (Duration threshold : new Duration[] {element.restrictions().minDuration(), element.restrictions().maxDuration()}) {
                if (threshold != null && start.plus(threshold).isBefore(timeline.end())) {
                    points.add(start.plus(threshold));
                }
            }
        }
        List<Piece> energy = new ArrayList<>();
        List<Piece> time = new ArrayList<>();
        List<Piece> parking = new ArrayList<>();
        long graceNanos = tariff.idlePolicy().gracePeriod().toNanos();
        long idleSoFar = 0;
        List<Instant> list = new ArrayList<>(points);
        int sampleIndex = 0;
        for (int p = 0; p + 1 < list.size(); p++) {
            Instant a = list.get(p);
            Instant b = list.get(p + 1);
            while (!samples.get(sampleIndex + 1).at().isAfter(a)) {
                sampleIndex++;
            }
            MeterSample s0 = samples.get(sampleIndex);
            MeterSample s1 = samples.get(sampleIndex + 1);
            // split [a, b) where the energy crosses a threshold
            List<Instant> cuts = new ArrayList<>(List.of(a, b));
            for (TariffElement element : tariff.elements()) {
                for (BigDecimal kwh : new BigDecimal[] {element.restrictions().minKwh(), element.restrictions().maxKwh()}) {
                    if (kwh == null) {
                        continue;
                    }
                    BigDecimal target = startRegister.add(kwh.movePointRight(3));
                    BigDecimal ea = energyAt(s0, s1, a);
                    BigDecimal eb = energyAt(s0, s1, b);
                    if (ea.compareTo(target) < 0 && eb.compareTo(target) > 0) {
                        // the crossing, from the global interval's line (the same line this piece lies on)
                        long offset = target.subtract(s0.registerWh())
                                .multiply(BigDecimal.valueOf(Duration.between(s0.at(), s1.at()).toNanos()))
                                .divide(s1.registerWh().subtract(s0.registerWh()), 0, RoundingMode.HALF_UP).longValueExact();
                        Instant crossing = s0.at().plusNanos(offset);
                        if (crossing.isAfter(a) && crossing.isBefore(b)) {
                            cuts.add(crossing);
                        }
                    }
                }
            }
            cuts.sort(null);
            for (int c = 0; c + 1 < cuts.size(); c++) {
                Instant from = cuts.get(c);
                Instant to = cuts.get(c + 1);
                if (!to.isAfter(from)) {
                    continue;
                }
                String activity = activity(s0, tariff.idlePolicy());
                long nanos = Duration.between(from, to).toNanos();
                List<Instant[]> parts = new ArrayList<>();
                if (activity.equals("idle") && idleSoFar < graceNanos && idleSoFar + nanos > graceNanos) {
                    Instant graceEnd = from.plusNanos(graceNanos - idleSoFar);
                    parts.add(new Instant[] {from, graceEnd});
                    parts.add(new Instant[] {graceEnd, to});
                } else {
                    parts.add(new Instant[] {from, to});
                }
                for (Instant[] part : parts) {
                    long partNanos = Duration.between(part[0], part[1]).toNanos();
                    boolean billableIdle = activity.equals("idle") && idleSoFar >= graceNanos;
                    if (activity.equals("idle")) {
                        idleSoFar += partNanos;
                    }
                    Instant mid = part[0].plusNanos(partNanos / 2);
                    LocalDateTime local = LocalDateTime.ofInstant(mid, zone);
                    BigDecimal soFar = energyAt(s0, s1, mid).subtract(startRegister);
                    Duration elapsed = Duration.between(start, mid);
                    BigDecimal delivered = energyAt(s0, s1, part[1]).subtract(energyAt(s0, s1, part[0]));
                    add(energy, tariff, TariffDimension.ENERGY, local, soFar, elapsed, s0, delivered);
                    if (activity.equals("charging")) {
                        add(time, tariff, TariffDimension.TIME, local, soFar, elapsed, s0, BigDecimal.valueOf(partNanos, 9));
                    }
                    if (billableIdle) {
                        add(parking, tariff, TariffDimension.PARKING_TIME, local, soFar, elapsed, s0, BigDecimal.valueOf(partNanos, 9));
                    }
                }
            }
        }
        int minor = tariff.currency().getDefaultFractionDigits();
        List<BigDecimal[]> lines = new ArrayList<>();
        MeterSample first = samples.getFirst();
        int[] flat = find(tariff, TariffDimension.FLAT, LocalDateTime.ofInstant(start, zone), BigDecimal.ZERO, Duration.ZERO, first);
        if (flat != null) {
            PriceComponent component = tariff.elements().get(flat[0]).components().get(flat[1]);
            lines.add(amounts(component.price(), component.vatPercent(), minor));
        }
        lines.addAll(bill(tariff, energy, BigDecimal.valueOf(1000), true, minor));
        lines.addAll(bill(tariff, time, BigDecimal.valueOf(3600), false, minor));
        lines.addAll(bill(tariff, parking, BigDecimal.valueOf(3600), false, minor));
        BigDecimal excl = BigDecimal.ZERO.setScale(minor);
        BigDecimal vat = BigDecimal.ZERO.setScale(minor);
        for (BigDecimal[] line : lines) {
            excl = excl.add(line[0]);
            vat = vat.add(line[1]);
        }
        BigDecimal incl = excl.add(vat);
        BigDecimal highestVat = tariff.elements().stream().flatMap(e -> e.components().stream())
                .map(PriceComponent::vatPercent).filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal factor = BigDecimal.ONE.add(highestVat.movePointLeft(2));
        for (PriceLimit limit : new PriceLimit[] {tariff.minPrice(), tariff.maxPrice()}) {
            if (limit == null) {
                continue;
            }
            int sign = limit == tariff.minPrice() ? -1 : 1; // a breach is compareTo == sign
            boolean exclOut = limit.exclVat() != null && excl.compareTo(limit.exclVat()) == sign;
            boolean inclOut = limit.inclVat() != null && incl.compareTo(limit.inclVat()) == sign;
            if (!exclOut && !inclOut) {
                continue;
            }
            BigDecimal newExcl = exclOut ? limit.exclVat() : excl;
            BigDecimal newIncl = inclOut ? limit.inclVat() : incl;
            if (limit.exclVat() == null) {
                newExcl = incl.signum() > 0 ? excl.multiply(newIncl).divide(incl, 20, RoundingMode.HALF_UP)
                        : newIncl.divide(factor, 20, RoundingMode.HALF_UP);
            }
            if (limit.inclVat() == null) {
                newIncl = excl.signum() > 0 ? incl.multiply(newExcl).divide(excl, 20, RoundingMode.HALF_UP)
                        : newExcl.multiply(factor);
            }
            excl = newExcl.setScale(minor, RoundingMode.HALF_UP);
            incl = newIncl.setScale(minor, RoundingMode.HALF_UP);
        }
        return new Totals(excl, incl.subtract(excl), incl);
    }

    private static String activity(MeterSample sample, IdlePolicy policy) {
        return switch (sample.state()) {
            case CHARGING -> sample.power().watts() < policy.idleBelow().watts() ? "idle" : "charging";
            case SUSPENDED_EV, IDLE -> "idle";
            case SUSPENDED_EVSE -> "paused";
        };
    }

    private static void add(List<Piece> pieces, Tariff tariff, TariffDimension dimension, LocalDateTime local,
                            BigDecimal soFar, Duration elapsed, MeterSample sample, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            return;
        }
        int[] found = find(tariff, dimension, local, soFar, elapsed, sample);
        if (found == null) {
            pieces.add(new Piece(-1, -1, null, quantity));
        } else {
            pieces.add(new Piece(found[0], found[1], tariff.elements().get(found[0]).components().get(found[1]).price(), quantity));
        }
    }

    /** Lines of one dimension: consecutive pieces of one component form a run; runs before a free stretch or at the end are rounded. */
    private static List<BigDecimal[]> bill(Tariff tariff, List<Piece> pieces, BigDecimal divisor, boolean energy, int minor) {
        // merge consecutive pieces of the same component into runs (element -1 = free)
        List<Piece> runs = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!runs.isEmpty() && runs.getLast().element() == piece.element() && runs.getLast().component() == piece.component()) {
                Piece last = runs.removeLast();
                runs.add(new Piece(last.element(), last.component(), last.price(), last.quantity().add(piece.quantity())));
            } else {
                runs.add(piece);
            }
        }
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        // quantities per (element, component): lines are per component, summed before rounding
        java.util.Map<String, BigDecimal> perComponent = new java.util.LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            Piece run = runs.get(r);
            if (run.element() < 0) {
                continue;
            }
            BigDecimal quantity = energy ? run.quantity().setScale(3, RoundingMode.HALF_UP) : run.quantity();
            actual = actual.add(quantity);
            billed = billed.add(quantity);
            boolean lastOrBeforeFree = r == runs.size() - 1 || runs.get(r + 1).element() < 0;
            int step = tariff.elements().get(run.element()).components().get(run.component()).stepSize();
            if (lastOrBeforeFree && step > 0) {
                BigDecimal blocks = actual.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
                BigDecimal target = blocks.multiply(BigDecimal.valueOf(step));
                if (target.compareTo(billed) > 0) {
                    quantity = quantity.add(target.subtract(billed));
                    billed = target;
                }
            }
            perComponent.merge(run.element() + "/" + run.component(), quantity, BigDecimal::add);
        }
        List<BigDecimal[]> lines = new ArrayList<>();
        perComponent.forEach((key, quantity) -> {
            String[] parts = key.split("/");
            PriceComponent component = tariff.elements().get(Integer.parseInt(parts[0])).components().get(Integer.parseInt(parts[1]));
            if (quantity.signum() > 0) {
                lines.add(amounts(quantity.multiply(component.price()).divide(divisor, 30, RoundingMode.HALF_UP),
                        component.vatPercent(), minor));
            }
        });
        return lines;
    }

    private static BigDecimal[] amounts(BigDecimal exact, BigDecimal vatPercent, int minor) {
        BigDecimal excl = exact.setScale(minor, RoundingMode.HALF_UP);
        BigDecimal vat = vatPercent == null ? BigDecimal.ZERO.setScale(minor)
                : excl.multiply(vatPercent).movePointLeft(2).setScale(minor, RoundingMode.HALF_UP);
        return new BigDecimal[] {excl, vat};
    }

    private static int[] find(Tariff tariff, TariffDimension dimension, LocalDateTime local, BigDecimal soFarWh,
                              Duration elapsed, MeterSample sample) {
        for (int e = 0; e < tariff.elements().size(); e++) {
            TariffElement element = tariff.elements().get(e);
            int c = -1;
            for (int i = element.components().size() - 1; i >= 0; i--) {
                if (element.components().get(i).dimension() == dimension) {
                    c = i;
                }
            }
            if (c >= 0 && applies(element.restrictions(), local, soFarWh, elapsed, sample)) {
                return new int[] {e, c};
            }
        }
        return null;
    }

    private static boolean applies(TariffRestrictions r, LocalDateTime local, BigDecimal soFarWh, Duration elapsed,
                                   MeterSample sample) {
        if (r.reservation() != null) {
            return false;
        }
        LocalTime t = local.toLocalTime();
        if (r.startTime() != null && r.endTime() != null && !r.startTime().equals(r.endTime())) {
            boolean inside = r.startTime().isBefore(r.endTime())
                    ? t.compareTo(r.startTime()) >= 0 && t.compareTo(r.endTime()) < 0
                    : t.compareTo(r.startTime()) >= 0 || t.compareTo(r.endTime()) < 0;
            if (!inside) {
                return false;
            }
        } else if (r.startTime() != null && !r.startTime().equals(r.endTime()) && t.isBefore(r.startTime())) {
            return false;
        } else if (r.endTime() != null && r.startTime() == null && !t.isBefore(r.endTime())) {
            return false;
        }
        if (r.startDate() != null && local.toLocalDate().isBefore(r.startDate())) return false;
        if (r.endDate() != null && !local.toLocalDate().isBefore(r.endDate())) return false;
        if (!r.daysOfWeek().isEmpty() && !r.daysOfWeek().contains(local.getDayOfWeek())) return false;
        if (r.minKwh() != null && soFarWh.compareTo(r.minKwh().multiply(BigDecimal.valueOf(1000))) < 0) return false;
        if (r.maxKwh() != null && soFarWh.compareTo(r.maxKwh().multiply(BigDecimal.valueOf(1000))) >= 0) return false;
        BigDecimal kw = BigDecimal.valueOf(sample.power().watts()).divide(BigDecimal.valueOf(1000));
        if (r.minPower() != null && kw.compareTo(r.minPower()) < 0) return false;
        if (r.maxPower() != null && kw.compareTo(r.maxPower()) >= 0) return false;
        BigDecimal amps = BigDecimal.valueOf(sample.current().milliamps()).divide(BigDecimal.valueOf(1000));
        if (r.minCurrent() != null && amps.compareTo(r.minCurrent()) < 0) return false;
        if (r.maxCurrent() != null && amps.compareTo(r.maxCurrent()) >= 0) return false;
        if (r.minDuration() != null && elapsed.compareTo(r.minDuration()) < 0) return false;
        return r.maxDuration() == null || elapsed.compareTo(r.maxDuration()) < 0;
    }

    private static BigDecimal energyAt(MeterSample s0, MeterSample s1, Instant at) {
        BigDecimal fraction = BigDecimal.valueOf(Duration.between(s0.at(), at).toNanos());
        BigDecimal whole = BigDecimal.valueOf(Duration.between(s0.at(), s1.at()).toNanos());
        return s0.registerWh().add(s1.registerWh().subtract(s0.registerWh()).multiply(fraction)
                .divide(whole, 12, RoundingMode.HALF_UP));
    }
}
