package io.busbar.predictive.method;

import io.busbar.predictive.method.Measurement.Quantity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A state written and read back is the same EVSE: on the same following data it gives the same assessments (risk,
 * signals, evidence) as the one that never stopped. States of another format or window shape are refused.
 */
class EvseHealthFormatTest {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final PredictiveSettings SETTINGS = PredictiveSettings.defaults();

    @Test
    void aDegradingEvseReadBackAssessesExactlyAsTheOneThatNeverStopped() throws Exception {
        List<Step> steps = new Stream(11).degradingFrom(10).days(30);

        // stopped after the baseline formed, in the middle of a session, and once the warning is clear
        for (int stopAt : new int[]{steps.size() / 3, steps.size() / 2 + 7, steps.size() * 5 / 6}) {
            assertSameAfterRestart(steps, stopAt);
        }
        EvseHealth whole = new EvseHealth(SETTINGS);
        steps.forEach(step -> step.apply(whole));
        assertThat(whole.assess(day(30)).risk()).as("the stream degrades").isGreaterThan(0.9);
    }

    @Test
    void aHealthyEvseWithFaultsAndEarlyEndingsReadBackAssessesAsBefore() throws Exception {
        List<Step> steps = new Stream(3).withFaultsEvery(4).withAbnormalEndingsEvery(5).days(40);

        assertSameAfterRestart(steps, steps.size() / 2);
        assertSameAfterRestart(steps, steps.size() - 1);
    }

    @Test
    void readingsThatDoNotNameTheirSessionSurviveARestartInTheMiddleOfTheirSession() throws Exception {
        List<Step> steps = new Stream(5).degradingFrom(10).unnamed().days(25);

        assertSameAfterRestart(steps, steps.size() / 2 + 3);
    }

    @Test
    void aStateIsAFewHundredBytes() {
        EvseHealth health = new EvseHealth(SETTINGS);
        new Stream(1).withFaultsEvery(3).days(60).forEach(step -> step.apply(health));

        assertThat(EvseHealthFormat.write(health).length).isLessThan(1_200);
    }

    @Test
    void aStateOfAnotherVersionOrWindowShapeIsRefusedNotMisread() {
        EvseHealth health = new EvseHealth(SETTINGS);
        new Stream(2).days(12).forEach(step -> step.apply(health));
        byte[] state = EvseHealthFormat.write(health);
        byte[] future = state.clone();
        future[0] = 2;
        PredictiveSettings longerBaseline = new PredictiveSettings(10, 1, Duration.ofMinutes(20), Duration.ofHours(3),
                12, 7, 32, Duration.ofDays(1), 7, 60, 10);

        assertThatThrownBy(() -> EvseHealthFormat.read(future, SETTINGS))
                .isInstanceOf(EvseHealthFormat.Unreadable.class).hasMessageContaining("unknown format version 2");
        assertThatThrownBy(() -> EvseHealthFormat.read(state, longerBaseline))
                .isInstanceOf(EvseHealthFormat.Unreadable.class).hasMessageContaining("window settings");
        assertThatThrownBy(() -> EvseHealthFormat.read(Arrays.copyOf(state, state.length - 5), SETTINGS))
                .isInstanceOf(EvseHealthFormat.Unreadable.class).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> EvseHealthFormat.read(new byte[0], SETTINGS))
                .isInstanceOf(EvseHealthFormat.Unreadable.class);
    }

    /** Runs the first {@code stopAt} steps, "restarts" through the format, then runs the rest on both. */
    private static void assertSameAfterRestart(List<Step> steps, int stopAt) throws Exception {
        EvseHealth running = new EvseHealth(SETTINGS);
        steps.subList(0, stopAt).forEach(step -> step.apply(running));
        EvseHealth restarted = EvseHealthFormat.read(EvseHealthFormat.write(running), SETTINGS);
        assertThat(restarted.assess(running.lastEvent())).isEqualTo(running.assess(running.lastEvent()));
        assertThat(restarted.lastEvent()).isEqualTo(running.lastEvent());

        for (Step step : steps.subList(stopAt, steps.size())) {
            step.apply(running);
            step.apply(restarted);
            if (step.endsSession()) {
                Assessment expected = running.assess(running.lastEvent());
                Assessment actual = restarted.assess(restarted.lastEvent());
                assertThat(actual).isEqualTo(expected);
                assertThat(actual.evidence()).isEqualTo(expected.evidence());
            }
        }
        assertThat(EvseHealthFormat.write(restarted)).isEqualTo(EvseHealthFormat.write(running));
    }

    private static Instant day(int day) {
        return T0.plus(Duration.ofDays(day));
    }

    /** One event fed to an EVSE. */
    private record Step(Consumer<EvseHealth> action, boolean endsSession) {
        void apply(EvseHealth health) {
            action.accept(health);
        }
    }

    /**
     * Constructed days: one two-hour 32 A session a day (a no-load sample, then every 5 minutes a connector heating
     * towards ambient + thermal·I² and three phases sagging), optionally degrading (thermal ×1.06 a day), with
     * faults and abnormal endings every few days. Deterministic for a seed.
     */
    private static final class Stream {
        private final SplittableRandom random;
        private int degradingFrom = Integer.MAX_VALUE;
        private int faultsEvery;
        private int abnormalEvery;
        private boolean unnamed;

        Stream(long seed) {
            this.random = new SplittableRandom(seed);
        }

        Stream degradingFrom(int day) {
            degradingFrom = day;
            return this;
        }

        Stream withFaultsEvery(int days) {
            faultsEvery = days;
            return this;
        }

        Stream withAbnormalEndingsEvery(int sessions) {
            abnormalEvery = sessions;
            return this;
        }

        Stream unnamed() {
            unnamed = true;
            return this;
        }

        List<Step> days(int days) {
            List<Step> steps = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                double thermal = 0.012 * Math.pow(1.06, Math.max(0, day - degradingFrom));
                double ambient = 15 + 5 * random.nextGaussian();
                String session = "s" + day;
                Instant start = day(day).plus(Duration.ofHours(9));
                double excess = 0;
                for (int minute = 0; minute <= 120; minute += 5) {
                    double amps = minute == 0 ? 0 : 32;
                    excess = excess * Math.exp(-5 / 12.0) + thermal * amps * amps * (1 - Math.exp(-5 / 12.0));
                    Instant at = start.plus(Duration.ofMinutes(minute));
                    List<Measurement> sample = new ArrayList<>();
                    sample.add(new Measurement(at, Quantity.TEMPERATURE, null, "Outlet",
                            Math.round(ambient + excess + 0.4 * random.nextGaussian())));
                    for (int phase = 0; phase < 3; phase++) {
                        sample.add(new Measurement(at, Quantity.CURRENT, "L" + (phase + 1), null, amps));
                        sample.add(new Measurement(at, Quantity.VOLTAGE, "L" + (phase + 1) + "-N", null,
                                231 + 0.5 * random.nextGaussian() - 0.05 * amps));
                    }
                    String named = unnamed ? null : session;
                    steps.add(new Step(health -> health.observe(named, sample), false));
                    if (unnamed && minute == 10) {
                        steps.add(new Step(health -> health.sessionStarted(session, start), false));
                    }
                }
                boolean abnormal = abnormalEvery > 0 && day % abnormalEvery == 0;
                Instant end = start.plus(Duration.ofMinutes(120));
                steps.add(new Step(health -> health.sessionEnded(session, end, abnormal), true));
                if (faultsEvery > 0 && day % faultsEvery == 1) {
                    Instant fault = end.plus(Duration.ofHours(3));
                    steps.add(new Step(health -> health.faultOrReset(fault), true));
                }
            }
            return steps;
        }
    }
}
