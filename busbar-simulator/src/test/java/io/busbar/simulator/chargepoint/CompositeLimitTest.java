package io.busbar.simulator.chargepoint;

import io.busbar.simulator.chargepoint.ChargingProfile.Kind;
import io.busbar.simulator.chargepoint.ChargingProfile.Period;
import io.busbar.simulator.chargepoint.ChargingProfile.Purpose;
import io.busbar.simulator.chargepoint.ChargingProfile.RateUnit;
import io.busbar.simulator.chargepoint.ChargingProfile.Recurrency;
import io.busbar.simulator.chargepoint.ChargingProfile.Schedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The composite rules and unit conversions, without sockets. */
class CompositeLimitTest {
    private static final Instant MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");
    private static final double RATING_A = 32;

    @Test
    void dailyRecurringProfileRepeatsEveryDay() {
        // 10 A from 17:00 to 21:00 every day, no limit otherwise.
        ChargingProfile evening = new ChargingProfile(1, 0, Purpose.TX_DEFAULT, Kind.RECURRING, Recurrency.DAILY, 0,
                null, null, null, new Schedule(MIDNIGHT.plus(Duration.ofHours(17)), Duration.ofHours(4),
                RateUnit.A, List.of(new Period(0, 10, null))));

        assertThat(limitA(List.of(evening), MIDNIGHT.plus(Duration.ofHours(18)))).isEqualTo(10.0);
        assertThat(limitA(List.of(evening), MIDNIGHT.plus(Duration.ofHours(22)))).isEqualTo(RATING_A);
        assertThat(limitA(List.of(evening), MIDNIGHT.plus(Duration.ofDays(3)).plus(Duration.ofHours(20))))
                .isEqualTo(10.0);
        assertThat(limitA(List.of(evening), MIDNIGHT.plus(Duration.ofDays(3)).plus(Duration.ofHours(16))))
                .isEqualTo(RATING_A);
    }

    @Test
    void profileOutsideItsValidityDoesNotCount() {
        ChargingProfile later = absolute(1, Purpose.TX_DEFAULT, 1, 0, RateUnit.A, 6,
                MIDNIGHT.plus(Duration.ofHours(1)), MIDNIGHT.plus(Duration.ofHours(2)));
        ChargingProfile base = absolute(2, Purpose.TX_DEFAULT, 0, 0, RateUnit.A, 20, null, null);

        assertThat(limitA(List.of(later, base), MIDNIGHT)).isEqualTo(20.0);
        assertThat(limitA(List.of(later, base), MIDNIGHT.plus(Duration.ofMinutes(90)))).isEqualTo(6.0);
        assertThat(limitA(List.of(later, base), MIDNIGHT.plus(Duration.ofHours(2)))).isEqualTo(20.0);
    }

    @Test
    void anEvsesOwnDefaultWinsOverTheChargerWideOneAtTheSameStackLevel() {
        ChargingProfile wide = absolute(1, Purpose.TX_DEFAULT, 0, 0, RateUnit.A, 20, null, null);
        ChargingProfile own = absolute(2, Purpose.TX_DEFAULT, 0, 1, RateUnit.A, 12, null, null);

        assertThat(limitA(List.of(wide, own), MIDNIGHT)).isEqualTo(12.0);
    }

    @Test
    void wattsBecomeAmpsOverThePhasesInUse() {
        ChargingProfile max = absolute(1, Purpose.STATION_MAX, 0, 0, RateUnit.W, 11_040, null, null);
        var threePhase = new CompositeLimit.Transaction("T1", MIDNIGHT, 3);
        var onePhase = new CompositeLimit.Transaction("T2", MIDNIGHT, 1);

        EvseLimit three = CompositeLimit.at(List.of(max), 1, MIDNIGHT, threePhase, MIDNIGHT, RATING_A, 1);
        EvseLimit one = CompositeLimit.at(List.of(max), 1, MIDNIGHT, onePhase, MIDNIGHT, RATING_A, 1);

        assertThat(three.ampsPerPhase()).isCloseTo(16.0, within(1e-9));
        assertThat(three.powerW()).isEqualTo(11_040);
        assertThat(one.ampsPerPhase()).as("capped by the 32 A rating").isEqualTo(32.0);
        assertThat(one.powerW()).isEqualTo(7_360);
    }

    @Test
    void txProfileOverridesTheDefaultButNeverTheStationMaximum() {
        ChargingProfile txDefault = absolute(1, Purpose.TX_DEFAULT, 5, 0, RateUnit.A, 6, null, null);
        ChargingProfile tx = new ChargingProfile(2, 1, Purpose.TX, Kind.RELATIVE, null, 0, null, null, "T1",
                new Schedule(null, null, RateUnit.A, List.of(new Period(0, 25, null))));
        ChargingProfile max = absolute(3, Purpose.STATION_MAX, 0, 0, RateUnit.A, 20, null, null);
        var transaction = new CompositeLimit.Transaction("T1", MIDNIGHT, 3);

        EvseLimit limit = CompositeLimit.at(List.of(txDefault, tx, max), 1, MIDNIGHT, transaction, MIDNIGHT,
                RATING_A, 1);

        assertThat(limit.ampsPerPhase()).isEqualTo(20.0);
        assertThat(CompositeLimit.at(List.of(txDefault, tx), 1, MIDNIGHT, transaction, MIDNIGHT, RATING_A, 1)
                .ampsPerPhase()).isEqualTo(25.0);
        assertThat(CompositeLimit.at(List.of(txDefault, tx), 1, MIDNIGHT, null, MIDNIGHT, RATING_A, 1)
                .ampsPerPhase()).as("without the transaction only the default").isEqualTo(6.0);
    }

    @Test
    void belowSixAmpsTheEvseSuspends() {
        assertThat(new EvseLimit(5.9, 3).suspends()).isTrue();
        assertThat(new EvseLimit(6.0, 1).suspends()).isFalse();
    }

    private static double limitA(List<ChargingProfile> profiles, Instant at) {
        return CompositeLimit.at(profiles, 1, at, null, at, RATING_A, 1).ampsPerPhase();
    }

    private static ChargingProfile absolute(int id, Purpose purpose, int stackLevel, int evseId, RateUnit unit,
                                            double limit, Instant validFrom, Instant validTo) {
        return new ChargingProfile(id, evseId, purpose, Kind.ABSOLUTE, null, stackLevel, validFrom, validTo, null,
                new Schedule(MIDNIGHT.minus(Duration.ofDays(1)), null, unit, List.of(new Period(0, limit, null))));
    }
}
