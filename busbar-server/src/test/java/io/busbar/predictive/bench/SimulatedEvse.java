package io.busbar.predictive.bench;

import io.busbar.predictive.method.Measurement;
import io.busbar.predictive.method.Measurement.Quantity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated EVSE over the benchmark's horizon: its physics (contact thermal resistance, per-phase sag, fault
 * rate, share of abnormal endings), possibly degrading from an onset day to a failure day, and the stream a
 * charger would send: per session a Transaction.Begin sample at no load, then a sample every 5 minutes with
 * connector temperature (whole °C), current and voltage per phase; faults as events.
 */
final class SimulatedEvse {
    static final Duration SAMPLE_INTERVAL = Duration.ofMinutes(5);
    private static final double TAU_MINUTES = 12;
    private static final double FAILURE_RISE_K = 60; // contact rise at rated current that burns it
    private static final double FAILURE_SAG_GROWTH = 0.35; // V/A added on a loose phase terminal
    private static final double FAILURE_FAULTS_PER_DAY = 3;
    private static final double FAILURE_ABNORMAL_SHARE = 0.5;

    enum Degradation { NONE, CONTACT, VOLTAGE_SAG, FAULTS, CONTACT_AND_FAULTS }

    final int index;
    final Degradation degradation;
    final double onsetDay;
    final double failureDay; // may lie beyond the horizon
    final int phases;
    final double ratedA;
    private final double thermal0;
    private final double thermalGrowthPerDay;
    private final double[] sag0;
    private final int sagPhase;
    private final double faultRate0;
    private final double abnormalShare0;
    private final double sessionsPerDay;
    private final SimulatedSite site;
    private final SplittableRandom random;
    private double excess; // connector temperature above ambient
    private Instant lastSample;

    SimulatedEvse(int index, Degradation degradation, SimulatedSite site, SplittableRandom random, int horizonDays) {
        this.index = index;
        this.degradation = degradation;
        this.site = site;
        this.random = random;
        this.phases = random.nextDouble() < 0.7 ? 3 : 1;
        this.ratedA = random.nextDouble() < 0.6 ? 32 : 16;
        this.thermal0 = random.nextDouble(0.010, 0.022); // °C per A²: 10-23 °C over ambient at 32 A
        this.sag0 = new double[]{random.nextDouble(0.03, 0.08), random.nextDouble(0.03, 0.08),
                random.nextDouble(0.03, 0.08)};
        this.sagPhase = phases == 3 ? random.nextInt(3) : 0;
        this.faultRate0 = Math.exp(Math.log(0.04) + 0.8 * random.nextGaussian());
        this.abnormalShare0 = random.nextDouble(0.01, 0.06);
        this.sessionsPerDay = random.nextDouble(1, 4);
        this.onsetDay = degradation == Degradation.NONE ? Double.POSITIVE_INFINITY : random.nextDouble(5, 60);
        this.failureDay = onsetDay + random.nextDouble(10, 45);
        double thermalFailure = FAILURE_RISE_K / (ratedA * ratedA);
        this.thermalGrowthPerDay = Math.log(thermalFailure / thermal0) / (failureDay - onsetDay);
    }

    boolean degrades() {
        return degradation != Degradation.NONE;
    }

    /** 0 before the onset, 1 at the failure. */
    private double progress(double day) {
        return day <= onsetDay ? 0 : Math.min(1, (day - onsetDay) / (failureDay - onsetDay));
    }

    private double thermalResistance(double day) {
        boolean contact = degradation == Degradation.CONTACT || degradation == Degradation.CONTACT_AND_FAULTS;
        return contact && day > onsetDay ? thermal0 * Math.exp(thermalGrowthPerDay * (day - onsetDay)) : thermal0;
    }

    private double sag(int phase, double day) {
        double growth = degradation == Degradation.VOLTAGE_SAG && phase == sagPhase
                ? FAILURE_SAG_GROWTH * Math.pow(progress(day), 1.5) : 0;
        return sag0[phase] + growth;
    }

    double faultRate(double day) {
        boolean faults = degradation == Degradation.FAULTS || degradation == Degradation.CONTACT_AND_FAULTS;
        double p = faults ? progress(day) : 0;
        return faultRate0 + (FAILURE_FAULTS_PER_DAY - faultRate0) * p * p;
    }

    private double abnormalShare(double day) {
        double p = degradation == Degradation.FAULTS || degradation == Degradation.CONTACT_AND_FAULTS
                ? progress(day) : 0;
        return abnormalShare0 + (FAILURE_ABNORMAL_SHARE - abnormalShare0) * p * p;
    }

    /** Session start times of one day (non-overlapping, ordered). */
    List<Run> sessionsOn(Instant dayStart, double day) {
        int count = poisson(sessionsPerDay);
        List<Run> runs = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(random.nextDouble(6, 22));
        }
        starts.sort(Double::compare);
        Instant busyUntil = Instant.MIN;
        for (double hour : starts) {
            Instant start = dayStart.plusSeconds((long) (hour * 3600));
            if (start.isBefore(busyUntil)) {
                continue;
            }
            long minutes = Math.clamp(Math.round(Math.exp(Math.log(90) + 0.6 * random.nextGaussian())), 20, 360);
            double evMax = random.nextDouble() < 0.15 ? random.nextDouble(6, 10) : random.nextDouble() < 0.5 ? 16 : 32;
            boolean abnormal = random.nextDouble() < abnormalShare(day);
            long lasted = abnormal ? Math.max(5, (long) (minutes * random.nextDouble(0.1, 0.9))) : minutes;
            runs.add(new Run(start, minutes, lasted, Math.min(ratedA, evMax), abnormal));
            busyUntil = start.plus(Duration.ofMinutes(lasted + 10));
        }
        return runs;
    }

    /** The samples of one session, in order; {@code consumer} sees each message's measurements. */
    void samples(Run run, double dayOfStart, java.util.function.Consumer<List<Measurement>> consumer) {
        for (long minute = 0; minute <= run.lastedMinutes(); minute += SAMPLE_INTERVAL.toMinutes()) {
            Instant at = run.start().plus(Duration.ofMinutes(minute));
            double fraction = (double) minute / run.plannedMinutes();
            double current = minute == 0 ? 0
                    : run.currentA() * (fraction > 0.75 ? 1 - 0.6 * (fraction - 0.75) / 0.25 : 1);
            consumer.accept(sample(at, dayOfStart + minute / 1440.0, current));
        }
    }

    private List<Measurement> sample(Instant at, double day, double current) {
        double ambient = site.ambient(at);
        double minutes = lastSample == null ? 1e9 : Duration.between(lastSample, at).toSeconds() / 60.0;
        double decay = Math.exp(-minutes / TAU_MINUTES);
        double[] phaseCurrents = new double[phases];
        double maxCurrent = 0;
        for (int phase = 0; phase < phases; phase++) {
            phaseCurrents[phase] = current == 0 ? 0 : Math.max(0, current * (1 + 0.03 * random.nextGaussian()));
            maxCurrent = Math.max(maxCurrent, phaseCurrents[phase]);
        }
        excess = excess * decay + thermalResistance(day) * maxCurrent * maxCurrent * (1 - decay);
        lastSample = at;
        List<Measurement> values = new ArrayList<>();
        double temperature = Math.round(ambient + excess + 0.4 * random.nextGaussian());
        values.add(new Measurement(at, Quantity.TEMPERATURE, null, "Outlet", temperature));
        double noLoad = site.noLoadVoltage(at);
        for (int phase = 0; phase < phases; phase++) {
            String name = "L" + (phase + 1);
            double voltage = noLoad + 0.6 * random.nextGaussian() - sag(phase, day) * phaseCurrents[phase];
            values.add(new Measurement(at, Quantity.CURRENT, name, "Outlet", round1(phaseCurrents[phase])));
            values.add(new Measurement(at, Quantity.VOLTAGE, name, "Outlet", round1(voltage)));
        }
        return values;
    }

    /** The highest temperature reported in a sample (for the naive baseline). */
    static double temperatureOf(List<Measurement> sample) {
        return sample.stream().filter(m -> m.quantity() == Quantity.TEMPERATURE).mapToDouble(Measurement::value)
                .max().orElse(Double.NaN);
    }

    int poisson(double mean) {
        int count = 0;
        double sum = random.nextExponential();
        while (sum < mean && count < 1000) {
            count++;
            sum += random.nextExponential();
        }
        return count;
    }

    double uniform(double from, double to) {
        return random.nextDouble(from, to);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    record Run(Instant start, long plannedMinutes, long lastedMinutes, double currentA, boolean abnormal) {
        Instant end() {
            return start.plus(Duration.ofMinutes(lastedMinutes));
        }
    }
}
