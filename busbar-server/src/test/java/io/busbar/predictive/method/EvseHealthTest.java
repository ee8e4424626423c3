package io.busbar.predictive.method;

import io.busbar.predictive.method.Assessment.Kind;
import io.busbar.predictive.method.Measurement.Quantity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The method on constructed streams: what degrades is flagged with its evidence; noise and weather are not. */
class EvseHealthTest {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private final SplittableRandom random = new SplittableRandom(7);
    private final EvseHealth health = new EvseHealth(PredictiveSettings.defaults());
    private int sessions;
    private boolean unnamedReadings;

    @Test
    void aRisingContactResistanceIsFlaggedWithItsEvidence() {
        for (int day = 0; day < 30; day++) {
            double thermal = day < 10 ? 0.012 : 0.012 * Math.pow(1.06, day - 10); // ×3.2 by day 30
            charge(day, 20, thermal, 32, 0.05, 0.4);
        }

        Assessment assessment = health.assess(day(30));

        assertThat(assessment.risk()).isGreaterThan(0.9);
        assertThat(assessment.signals().getFirst().kind()).isEqualTo(Kind.CONTACT_HEATING);
        assertThat(assessment.evidence().getFirst())
                .startsWith("connector temperature rise over ambient at 32 A went from 12")
                .contains("median of the first 8 vs the last 7 sessions");
    }

    @Test
    void measurementNoiseAloneIsNotARisk() {
        for (int day = 0; day < 60; day++) {
            charge(day, 15 + 5 * random.nextGaussian(), 0.015, 16 + random.nextDouble(16), 0.05, 1.0);
        }

        Assessment assessment = health.assess(day(60));

        assertThat(assessment.risk()).isLessThan(0.1);
    }

    @Test
    void aHotDayWithProportionallyHotAmbientIsNotARisk() {
        for (int day = 0; day < 12; day++) {
            charge(day, 8, 0.015, 32, 0.05, 0.4); // a cold week: connector at 23 °C under 32 A
        }
        for (int day = 12; day < 20; day++) {
            charge(day, 38, 0.015, 32, 0.05, 0.4); // a heat wave: connector at 53 °C under the same 32 A
        }

        Assessment assessment = health.assess(day(20));

        assertThat(assessment.risk()).isLessThan(0.1);
        assertThat(assessment.evidence().stream().filter(e -> e.startsWith("connector"))).isEmpty();
    }

    @Test
    void aGrowingVoltageSagOnOnePhaseIsFlaggedForThatPhase() {
        for (int day = 0; day < 25; day++) {
            double l2 = day < 10 ? 0.05 : 0.05 + 0.02 * (day - 10); // 0.05 → 0.33 V/A
            charge(day, 20, 0.015, 32, l2, 0.4);
        }

        Assessment assessment = health.assess(day(25));

        assertThat(assessment.risk()).isGreaterThan(0.9);
        assertThat(assessment.signals().getFirst().kind()).isEqualTo(Kind.VOLTAGE_SAG);
        assertThat(assessment.evidence().getFirst()).startsWith("L2 voltage sag under load went from 0.0").contains("V below no-load");
    }

    @Test
    void faultsComingFasterThanTheEvseUsedToHaveAreFlagged() {
        for (int day = 0; day < 40; day++) {
            charge(day, 20, 0.015, 32, 0.05, 0.4);
            if (day % 10 == 3) {
                health.faultOrReset(day(day).plusSeconds(3_600)); // one fault every ten days: its normal
            }
        }
        Assessment steady = health.assess(day(40));
        for (int fault = 0; fault < 8; fault++) {
            health.faultOrReset(day(40).plus(Duration.ofHours(12L * fault)));
        }

        Assessment faster = health.assess(day(44));

        assertThat(steady.risk()).isLessThan(0.1);
        assertThat(faster.risk()).isGreaterThan(0.9);
        assertThat(faster.evidence().getFirst()).startsWith("8 faults or resets in the last PT168H vs 0.");
    }

    @Test
    void sessionsEndedByTheEvseAreFlaggedOnlyWhenTheyBecomeFrequent() {
        for (int i = 0; i < 30; i++) {
            health.sessionEnded("normal-" + i, day(i / 3), i == 10);
        }
        assertThat(health.assess(day(10)).risk()).isLessThan(0.1);
        for (int i = 0; i < 10; i++) {
            health.sessionEnded("late-" + i, day(11 + i / 3), i % 2 == 0);
        }

        Assessment assessment = health.assess(day(15));

        assertThat(assessment.risk()).isGreaterThan(0.5);
        assertThat(assessment.evidence().getFirst()).startsWith("5 of the last 10 sessions were ended by the EVSE");
    }

    @Test
    void readingsThatDoNotNameTheirSessionCountForTheSessionInProgress() {
        unnamedReadings = true; // as 1.6 MeterValues arrive; the session's start event comes after its first samples
        for (int day = 0; day < 30; day++) {
            double thermal = day < 10 ? 0.012 : 0.012 * Math.pow(1.06, day - 10);
            charge(day, 20, thermal, 32, 0.05, 0.4);
        }

        Assessment assessment = health.assess(day(30));

        assertThat(assessment.risk()).isGreaterThan(0.9);
        assertThat(assessment.signals().getFirst().kind()).isEqualTo(Kind.CONTACT_HEATING);
    }

    @Test
    void aRedeliveredSessionEndIsCountedOnce() {
        assertThat(health.sessionEnded("s1", day(0), true)).isTrue();
        assertThat(health.sessionEnded("s1", day(0), true)).isFalse();
    }

    @Test
    void stopReasonsOfTheEvseAreAbnormalThoseOfTheDriverAreNot() {
        assertThat(StopReasons.abnormal("PowerLoss", false)).isTrue();
        assertThat(StopReasons.abnormal("EmergencyStop", false)).isTrue();
        assertThat(StopReasons.abnormal("EVDisconnected", false)).isFalse();
        assertThat(StopReasons.abnormal("Local", false)).isFalse();
        assertThat(StopReasons.abnormal(null, true)).isTrue();
    }

    /**
     * One two-hour session a day at 09:00: a no-load sample, then every 5 minutes three phases at {@code current}
     * with the connector heating towards ambient + thermal·I² (time constant 12 minutes), voltages sagging by
     * 0.05 V/A on L1/L3 and {@code l2Sag} on L2, sensor noise of {@code noise} °C.
     */
    private void charge(int day, double ambient, double thermal, double current, double l2Sag, double noise) {
        String session = "s" + sessions++;
        Instant start = day(day).plus(Duration.ofHours(9));
        double excess = 0;
        for (int minute = 0; minute <= 120; minute += 5) {
            double amps = minute == 0 ? 0 : current;
            excess = excess * Math.exp(-5 / 12.0) + thermal * amps * amps * (1 - Math.exp(-5 / 12.0));
            Instant at = start.plus(Duration.ofMinutes(minute));
            List<Measurement> sample = new ArrayList<>();
            sample.add(new Measurement(at, Quantity.TEMPERATURE, null, "Outlet",
                    Math.round(ambient + excess + noise * random.nextGaussian())));
            double[] sag = {0.05, l2Sag, 0.05};
            for (int phase = 0; phase < 3; phase++) {
                sample.add(new Measurement(at, Quantity.CURRENT, "L" + (phase + 1), null, amps));
                sample.add(new Measurement(at, Quantity.VOLTAGE, "L" + (phase + 1) + "-N", null,
                        231 + 0.5 * random.nextGaussian() - sag[phase] * amps));
            }
            health.observe(unnamedReadings ? null : session, sample);
            if (unnamedReadings && minute == 10) {
                health.sessionStarted(session, start);
            }
        }
        health.sessionEnded(session, start.plus(Duration.ofMinutes(120)), false);
    }

    private static Instant day(int day) {
        return T0.plus(Duration.ofDays(day));
    }
}
