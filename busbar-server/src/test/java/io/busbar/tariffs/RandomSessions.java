package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generates tariffs and metered sessions from a seeded {@link Random}, so every failure can be replayed. */
final class RandomSessions {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/New_York"));
    /** Includes the DST switch days of the zones above. */
    private static final List<LocalDate> SPECIAL_DAYS = List.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 10, 26),
            LocalDate.of(2025, 3, 9), LocalDate.of(2025, 11, 2), LocalDate.of(2025, 12, 31));

    private final Random random;

    RandomSessions(long seed) {
        this.random = new Random(seed);
    }

    ZoneId zone() {
        return ZONES.get(random.nextInt(ZONES.size()));
    }

    MeteredTimeline session(ZoneId zone) {
        LocalDate day = random.nextInt(4) == 0 ? SPECIAL_DAYS.get(random.nextInt(SPECIAL_DAYS.size()))
                : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        Instant at = LocalDateTime.of(day, LocalTime.of(0, 0)).atZone(zone).toInstant()
                .plusSeconds(random.nextInt(24 * 3600)).plusMillis(random.nextInt(1000));
        BigDecimal register = BigDecimal.valueOf(random.nextInt(1_000_000));
        List<MeterSample> samples = new ArrayList<>();
        int intervals = 1 + random.nextInt(12);
        for (int i = 0; i < intervals; i++) {
            ChargingState state = switch (random.nextInt(10)) {
                case 0, 1 -> ChargingState.SUSPENDED_EV;
                case 2 -> ChargingState.IDLE;
                case 3 -> ChargingState.SUSPENDED_EVSE;
                default -> ChargingState.CHARGING;
            };
            long watts = state == ChargingState.CHARGING ? random.nextInt(150_000) : random.nextInt(3) * 50L;
            Current current = Current.ofMilliamps(state == ChargingState.CHARGING ? random.nextInt(200_000) : 0);
            samples.add(new MeterSample(at, register, Power.ofWatts(watts), current, state));
            long seconds = 1 + random.nextInt(90 * 60);
            at = at.plusSeconds(seconds).plusMillis(random.nextInt(1000));
            register = register.add(BigDecimal.valueOf(watts * seconds).divide(BigDecimal.valueOf(3600), 3, RoundingMode.HALF_UP));
        }
        samples.add(new MeterSample(at, register, Power.ZERO, Current.ZERO, ChargingState.IDLE));
        return new MeteredTimeline(samples);
    }

    Tariff tariff(MeteredTimeline around, ZoneId zone) {
        List<TariffElement> elements = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int e = 0; e < count; e++) {
            List<PriceComponent> components = new ArrayList<>();
            List<TariffDimension> dimensions = new ArrayList<>(List.of(TariffDimension.values()));
            java.util.Collections.shuffle(dimensions, random);
            for (TariffDimension dimension : dimensions.subList(0, 1 + random.nextInt(3))) {
                components.add(component(dimension));
            }
            elements.add(new TariffElement(components, e == count - 1 && random.nextBoolean()
                    ? TariffRestrictions.NONE : restrictions(around, zone)));
        }
        Tariff tariff = new Tariff(new TariffId("t" + random.nextInt(1000)), java.util.Currency.getInstance(
                List.of("EUR", "EUR", "USD", "JPY", "BHD").get(random.nextInt(5))), null, elements, null, null,
                IdlePolicy.NONE, List.of(), null, null, null);
        if (random.nextInt(3) == 0) {
            tariff = tariff.withIdlePolicy(new IdlePolicy(Duration.ofSeconds(random.nextInt(7200)),
                    Power.ofWatts(random.nextInt(3) * 1000L)));
        }
        if (random.nextInt(4) == 0) {
            tariff = tariff.withMinPrice(limit("5"));
        }
        if (random.nextInt(4) == 0) {
            PriceLimit max = limit("60");
            try {
                tariff = tariff.withMaxPrice(max);
            } catch (IllegalArgumentException minAboveMax) {
                tariff = tariff.withMinPrice(null).withMaxPrice(max);
            }
        }
        return tariff;
    }

    private PriceLimit limit(String scale) {
        BigDecimal excl = random.nextBoolean() ? money(new BigDecimal(scale)) : null;
        BigDecimal incl = excl == null || random.nextBoolean() ? money(new BigDecimal(scale).multiply(new BigDecimal("1.2"))) : null;
        if (excl != null && incl != null && incl.compareTo(excl) < 0) {
            incl = excl.add(money(BigDecimal.ONE));
        }
        return new PriceLimit(excl, incl);
    }

    private BigDecimal money(BigDecimal around) {
        return around.multiply(BigDecimal.valueOf(random.nextInt(200))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private PriceComponent component(TariffDimension dimension) {
        BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000), 2 + random.nextInt(3)).remainder(BigDecimal.TEN);
        BigDecimal vat = List.of("", "0", "7", "19", "21", "5.5").stream().skip(random.nextInt(6)).findFirst()
                .filter(s -> !s.isEmpty()).map(BigDecimal::new).orElse(null);
        int step = switch (dimension) {
            case ENERGY -> List.of(0, 1, 1, 100, 500, 1000).get(random.nextInt(6));
            case TIME, PARKING_TIME -> List.of(0, 1, 60, 300, 900, 1800).get(random.nextInt(6));
            case FLAT -> 1;
        };
        return new PriceComponent(dimension, price, vat, step, null);
    }

    private TariffRestrictions restrictions(MeteredTimeline around, ZoneId zone) {
        TariffRestrictions r = TariffRestrictions.NONE;
        if (random.nextInt(2) == 0) {
            r = r.between(random.nextInt(4) == 0 ? null : minuteOfDay(), random.nextInt(4) == 0 ? null : minuteOfDay());
        }
        if (random.nextInt(4) == 0) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            r = r.on(days.toArray(DayOfWeek[]::new));
        }
        if (random.nextInt(5) == 0) {
            LocalDate day = LocalDate.ofInstant(around.start(), zone);
            r = r.dates(day.plusDays(random.nextInt(3) - 1), random.nextBoolean() ? null : day.plusDays(1 + random.nextInt(2)));
        }
        if (random.nextInt(3) == 0) {
            r = r.kwh(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(40_000), 3),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(80_000), 3));
        }
        if (random.nextInt(3) == 0) {
            r = r.power(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(100)),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(150), 0));
        }
        if (random.nextInt(4) == 0) {
            r = r.current(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(64)),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(200)));
        }
        if (random.nextInt(3) == 0) {
            r = r.duration(random.nextBoolean() ? null : Duration.ofMinutes(random.nextInt(300)),
                    random.nextBoolean() ? null : Duration.ofMinutes(random.nextInt(600)));
        }
        if (random.nextInt(20) == 0) {
            r = r.reservation(ReservationRestriction.RESERVATION);
        }
        return r;
    }

    private LocalTime minuteOfDay() {
        return LocalTime.of(random.nextInt(24), random.nextInt(4) * 15 + random.nextInt(2));
    }

    /** The same session with extra samples inserted on the register's straight line, carrying the interval's state. */
    MeteredTimeline resampled(MeteredTimeline timeline) {
        List<MeterSample> samples = new ArrayList<>(timeline.samples());
        int extra = 1 + random.nextInt(6);
        for (int n = 0; n < extra; n++) {
            int i = random.nextInt(samples.size() - 1);
            MeterSample from = samples.get(i);
            MeterSample to = samples.get(i + 1);
            long span = Duration.between(from.at(), to.at()).toNanos();
            if (span < 2) {
                continue;
            }
            long offset = 1 + (long) (random.nextDouble() * (span - 1));
            BigDecimal register = from.registerWh().add(to.registerWh().subtract(from.registerWh())
                    .multiply(BigDecimal.valueOf(offset)).divide(BigDecimal.valueOf(span), 12, RoundingMode.HALF_UP));
            samples.add(i + 1, new MeterSample(from.at().plusNanos(offset), register, from.power(), from.current(), from.state()));
        }
        return new MeteredTimeline(samples);
    }
}
