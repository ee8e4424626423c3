package io.busbar.tariffs;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of docs/pricing.md and of the OCPI 2.2.1 Tariffs module, priced to the cent. */
class TariffWorkedExamplesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final TariffRestrictions ANY = TariffRestrictions.NONE;

    @Test
    void officeSitePaysTheCheapDayRateOnWeekdays() {
        Tariff office = Tariff.of("office", "EUR",
                TariffElement.of(PriceComponent.energy("0.20").withVat("21")).when(ANY
                        .between(LocalTime.of(7, 0), LocalTime.of(19, 0))
                        .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)),
                TariffElement.of(PriceComponent.energy("0.30").withVat("21")));
        // Tuesday 08:00-12:00 at 11 kW: 44 kWh at the day rate
        PriceBreakdown tuesday = TariffCalculator.calculate(office,
                SessionTimeline.startingAt("2025-03-04T08:00", AMSTERDAM).charge(Duration.ofHours(4), 11).end(), AMSTERDAM);
        assertTotals(tuesday, "8.80", "1.85", "10.65");

        // the same session on a Saturday pays the evening/weekend rate
        PriceBreakdown saturday = TariffCalculator.calculate(office,
                SessionTimeline.startingAt("2025-03-08T08:00", AMSTERDAM).charge(Duration.ofHours(4), 11).end(), AMSTERDAM);
        assertTotals(saturday, "13.20", "2.77", "15.97");
    }

    @Test
    void retailSiteChargesPerKwhPlusAnIdleFeeAfterNinetyMinutes() {
        Tariff retail = Tariff.of("retail", "EUR",
                        TariffElement.of(PriceComponent.energy("0.39").withVat("19"),
                                PriceComponent.parking("6.00").withVat("19").withStep(60)))
                .withIdlePolicy(IdlePolicy.graceOf(ofMinutes(90)));
        // 1 h at 22 kW, then 2 h plugged in while full: 30 min beyond the grace period
        MeteredTimeline session = SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM)
                .charge(Duration.ofHours(1), 22).idle(Duration.ofHours(2)).end();
        PriceBreakdown price = TariffCalculator.calculate(retail, session, AMSTERDAM);

        assertThat(price.lines()).extracting(PriceLine::dimension, l -> l.exclVat().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TariffDimension.ENERGY, "8.58 EUR"),
                        org.assertj.core.groups.Tuple.tuple(TariffDimension.PARKING_TIME, "3.00 EUR"));
        assertTotals(price, "11.58", "2.20", "13.78");

        // leaving within the grace period costs no idle fee
        MeteredTimeline shortStay = SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM)
                .charge(Duration.ofHours(1), 22).idle(ofMinutes(89)).end();
        assertTotals(TariffCalculator.calculate(retail, shortStay, AMSTERDAM), "8.58", "1.63", "10.21");
    }

    @Test
    void idleTimeWhileTheEvPausesUsesUpTheGracePeriod() {
        Tariff retail = Tariff.of("retail", "EUR",
                        TariffElement.of(PriceComponent.energy("0.39"), PriceComponent.parking("6.00").withStep(60)))
                .withIdlePolicy(IdlePolicy.graceOf(ofMinutes(90)));
        // a 60 min pause mid-session, then 60 min idle at the end: 120 min idle, 30 min billed
        MeteredTimeline session = SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM)
                .charge(ofMinutes(30), 22).suspendedByEv(ofMinutes(60)).charge(ofMinutes(30), 22).idle(ofMinutes(60)).end();
        PriceBreakdown price = TariffCalculator.calculate(retail, session, AMSTERDAM);
        PriceLine idle = price.lines().stream().filter(l -> l.dimension() == TariffDimension.PARKING_TIME).findFirst().orElseThrow();
        assertThat(idle.quantity()).isEqualByComparingTo("1800");
        assertThat(price.periods()).filteredOn(p -> p.activity() == PeriodActivity.IDLE)
                .extracting(p -> p.billableIdleTime().toMinutes()).containsExactly(0L, 0L, 30L);
    }

    @Test
    void highwaySitePricesEnergyByPowerBandPlusASessionFee() {
        Tariff highway = Tariff.of("highway", "EUR",
                TariffElement.of(PriceComponent.energy("0.69")).when(ANY.power(new BigDecimal("150"), null)),
                TariffElement.of(PriceComponent.energy("0.59")).when(ANY.power(new BigDecimal("50"), null)),
                TariffElement.of(PriceComponent.energy("0.49")),
                TariffElement.of(PriceComponent.flat("1.00")));
        // 10 min at 150 kW (25 kWh), 10 min at 100 kW (16.667 kWh), 12 min at 40 kW (8 kWh)
        MeteredTimeline session = SessionTimeline.startingAt("2025-03-04T14:00", AMSTERDAM)
                .charge(ofMinutes(10), 150).charge(ofMinutes(10), 100).charge(ofMinutes(12), 40).end();
        PriceBreakdown price = TariffCalculator.calculate(highway, session, AMSTERDAM);

        assertThat(price.lines()).extracting(l -> l.exclVat().toString())
                .containsExactly("1.00 EUR", "17.25 EUR", "9.83 EUR", "3.92 EUR");
        assertTotals(price, "32.00", "0.00", "32.00");
        assertThat(price.periods()).extracting(p -> p.elementByDimension().get(TariffDimension.ENERGY))
                .containsExactly(0, 1, 2);
    }

    @Test
    void timeOfUseSessionIsSplitExactlyAtThePriceBoundary() {
        Tariff tou = Tariff.of("tou", "EUR",
                TariffElement.of(PriceComponent.energy("0.25")).when(ANY.between(LocalTime.of(7, 0), LocalTime.of(17, 0))),
                TariffElement.of(PriceComponent.energy("0.40")).when(ANY.between(LocalTime.of(17, 0), LocalTime.of(22, 0))),
                TariffElement.of(PriceComponent.energy("0.18")).when(ANY.between(LocalTime.of(22, 0), LocalTime.of(7, 0))));
        // one meter interval 16:30-17:30 at 11 kW: the register is interpolated at 17:00, 5.5 kWh on each side
        MeteredTimeline afternoon = SessionTimeline.startingAt("2025-03-04T16:30", AMSTERDAM).charge(ofMinutes(60), 11).end();
        PriceBreakdown price = TariffCalculator.calculate(tou, afternoon, AMSTERDAM);
        assertThat(price.periods()).extracting(p -> p.end().atZone(AMSTERDAM).toLocalTime().toString(), PricedPeriod::energyWh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("17:00", new BigDecimal("5500.000")),
                        org.assertj.core.groups.Tuple.tuple("17:30", new BigDecimal("5500.000")));
        assertTotals(price, "3.58", "0.00", "3.58");

        // the night rate crosses midnight
        MeteredTimeline night = SessionTimeline.startingAt("2025-03-04T21:30", AMSTERDAM).charge(ofMinutes(180), 10).end();
        // 21:30-00:30: 30 min at 0.40 (5 kWh) + 150 min at 0.18 (25 kWh)
        assertTotals(TariffCalculator.calculate(tou, night, AMSTERDAM), "6.50", "0.00", "6.50");
    }

    @Test
    void ocpiStepSizeExampleSwitchingElementsBillsTheLastStepOnly() {
        Tariff stepSize = ocpiStepSizeTariff();
        // OCPI 2.2.1 "switching to different Tariff Element #2": 16:35, 35 min charging -> 0.50 + 0.80 = 1.30
        PriceBreakdown example2 = TariffCalculator.calculate(stepSize,
                SessionTimeline.startingAt("2025-03-04T16:35", AMSTERDAM).charge(ofMinutes(35), 11).end(), AMSTERDAM);
        assertThat(example2.lines()).extracting(PriceLine::quantity, l -> l.exclVat().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1500"), "0.50 EUR"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200"), "0.80 EUR"));
        assertTotals(example2, "1.30", "0.00", "1.30");

        // "switching to Free-of-Charge Tariff Element": 19:55, 10 min charging, 2 min parking after 20:00 (free)
        PriceBreakdown example3 = TariffCalculator.calculate(stepSize,
                SessionTimeline.startingAt("2025-03-04T19:55", AMSTERDAM).charge(ofMinutes(10), 11).idle(ofMinutes(2)).end(),
                AMSTERDAM);
        assertTotals(example3, "0.60", "0.00", "0.60");
    }

    @Test
    void ocpiComplexTariffExampleOnAMondayMorning() {
        Tariff complex = Tariff.of("14", "EUR",
                TariffElement.of(PriceComponent.flat("2.50").withVat("15.0")),
                TariffElement.of(PriceComponent.time("1.00").withVat("20.0").withStep(900)).when(ANY.current(null, new BigDecimal("32.00"))),
                TariffElement.of(PriceComponent.time("2.00").withVat("20.0").withStep(600)).when(ANY.current(new BigDecimal("32.00"), null)
                        .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)),
                TariffElement.of(PriceComponent.parking("5.00").withVat("10.0").withStep(300)).when(ANY
                        .between(LocalTime.of(9, 0), LocalTime.of(18, 0))
                        .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
        // Monday 09:30, 147 min charging at 16 A, then 42 min parked: 150 min and 45 min billed
        MeteredTimeline session = SessionTimeline.startingAt("2025-03-03T09:30", AMSTERDAM)
                .chargeAt(ofMinutes(147), 3680, io.busbar.platform.units.Current.ofAmps(16)).idle(ofMinutes(42)).end();
        PriceBreakdown price = TariffCalculator.calculate(complex, session, AMSTERDAM);
        // OCPI states 8.75 excl. and 10.00 incl. VAT, rounding only the total (2.875 + 3.00 + 4.125); Busbar rounds
        // each line's VAT half-up, so 0.375 becomes 0.38 twice: 10.01 (docs/pricing.md, "Rounding")
        assertTotals(price, "8.75", "1.26", "10.01");
    }

    @Test
    void ocpiMaxPriceExampleCapsBothExcludingAndIncludingVat() {
        Tariff capped = Tariff.of("16", "EUR",
                TariffElement.of(PriceComponent.flat("0.50").withVat("20.0"), PriceComponent.energy("0.25").withVat("10.0")))
                .withMaxPrice(PriceLimit.of("10.00", "11.00"));
        PriceBreakdown fifty = TariffCalculator.calculate(capped,
                SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM).charge(Duration.ofHours(5), 10).end(), AMSTERDAM);
        assertTotals(fifty, "10.00", "1.00", "11.00");
        assertThat(fifty.adjustments()).singleElement()
                .satisfies(a -> assertThat(a.exclVat().toString()).isEqualTo("-3.00 EUR"));

        PriceBreakdown thirty = TariffCalculator.calculate(capped,
                SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM).charge(Duration.ofHours(3), 10).end(), AMSTERDAM);
        assertTotals(thirty, "8.00", "0.85", "8.85");
        assertThat(thirty.adjustments()).isEmpty();
    }

    @Test
    void ocpiMinPriceExampleRaisesASmallSession() {
        Tariff minimum = Tariff.of("12", "EUR", TariffElement.of(PriceComponent.energy("0.25").withVat("10.0")))
                .withMinPrice(PriceLimit.of("0.50", "0.55"));
        PriceBreakdown oneKwh = TariffCalculator.calculate(minimum,
                SessionTimeline.startingAt("2025-03-04T10:00", AMSTERDAM).charge(ofMinutes(6), 10).end(), AMSTERDAM);
        assertTotals(oneKwh, "0.50", "0.05", "0.55");
    }

    @Test
    void energyBilledPerStepIsRoundedUpOnlyAtTheEnd() {
        // OCPI tariff_3 example: 0.25 per kWh billed per 100 Wh; 20.45 kWh -> 20.5 kWh -> 5.125 -> 5.13 excl. VAT
        Tariff perHundredWh = Tariff.of("3", "EUR", TariffElement.of(PriceComponent.energy("0.25").withVat("10.0").withStep(100)));
        MeteredTimeline session = new MeteredTimeline(List.of(
                sample("2025-03-04T10:00:00Z", "0"), sample("2025-03-04T12:00:00Z", "20450")));
        PriceBreakdown price = TariffCalculator.calculate(perHundredWh, session, AMSTERDAM);
        assertThat(price.lines().getFirst().quantity()).isEqualByComparingTo("20500");
        assertTotals(price, "5.13", "0.51", "5.64");
    }

    @Test
    void schedulePriceIsLockedAtStartOrFollowed() {
        PriceScheduleId dayAhead = new PriceScheduleId("day-ahead");
        PriceSchedules schedules = PriceSchedules.of(new PriceSchedule(dayAhead, List.of(
                new PriceSchedule.Entry(java.time.Instant.parse("2025-03-04T10:00:00Z"), new BigDecimal("0.20")),
                new PriceSchedule.Entry(java.time.Instant.parse("2025-03-04T11:00:00Z"), new BigDecimal("0.30")))));
        MeteredTimeline session = new MeteredTimeline(List.of(
                sample("2025-03-04T10:30:00Z", "0"), sample("2025-03-04T11:30:00Z", "10000")));
        Tariff following = Tariff.of("dyn", "EUR", TariffElement.of(PriceComponent.energy("0.99").following(dayAhead, false)));
        Tariff locked = Tariff.of("dyn", "EUR", TariffElement.of(PriceComponent.energy("0.99").following(dayAhead, true)));

        assertTotals(TariffCalculator.calculate(following, session, ZoneId.of("UTC"), schedules), "2.50", "0.00", "2.50");
        assertTotals(TariffCalculator.calculate(locked, session, ZoneId.of("UTC"), schedules), "2.00", "0.00", "2.00");
    }

    static Tariff ocpiStepSizeTariff() {
        return Tariff.of("22", "EUR",
                TariffElement.of(PriceComponent.time("1.20").withStep(1800), PriceComponent.parking("1.00").withStep(900))
                        .when(ANY.between(LocalTime.of(0, 0), LocalTime.of(17, 0))),
                TariffElement.of(PriceComponent.time("2.40").withStep(900), PriceComponent.parking("1.00").withStep(900))
                        .when(ANY.between(LocalTime.of(17, 0), LocalTime.of(20, 0))),
                TariffElement.of(PriceComponent.time("2.40").withStep(900))
                        .when(ANY.between(LocalTime.of(20, 0), LocalTime.of(23, 59))));
    }

    private static MeterSample sample(String at, String registerWh) {
        return new MeterSample(java.time.Instant.parse(at), new BigDecimal(registerWh),
                io.busbar.platform.units.Power.ofKilowatts(10), io.busbar.platform.units.Current.ofAmps(16), ChargingState.CHARGING);
    }

    private static void assertTotals(PriceBreakdown price, String exclVat, String vat, String inclVat) {
        assertThat(price.totalExclVat().amount()).as("excl. VAT").isEqualTo(new BigDecimal(exclVat));
        assertThat(price.totalVat().amount()).as("VAT").isEqualTo(new BigDecimal(vat));
        assertThat(price.totalInclVat().amount()).as("incl. VAT").isEqualTo(new BigDecimal(inclVat));
    }
}
