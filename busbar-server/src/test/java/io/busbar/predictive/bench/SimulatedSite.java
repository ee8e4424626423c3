package io.busbar.predictive.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * A site's weather and grid: ambient temperature warming from early spring into summer (the benchmark starts on
 * 1 March), a daily cycle whose amplitude depends on sun exposure, day-to-day weather; the no-load grid voltage
 * with a daily swing and slow wander.
 */
final class SimulatedSite {
    private final Instant start;
    private final double climateOffset;
    private final double dailyAmplitude;
    private final double[] weatherByDay;
    private final double voltageOffset;
    private final double voltagePhase;

    SimulatedSite(Instant start, int horizonDays, SplittableRandom random) {
        this.start = start;
        this.climateOffset = random.nextDouble(-3, 6);
        this.dailyAmplitude = random.nextDouble(4, 9);
        this.weatherByDay = new double[horizonDays + 2];
        double weather = 0;
        for (int day = 0; day < weatherByDay.length; day++) {
            weather = 0.6 * weather + 2.5 * random.nextGaussian(); // spells of hot and cold days
            weatherByDay[day] = weather;
        }
        this.voltageOffset = random.nextDouble(-4, 4);
        this.voltagePhase = random.nextDouble(0, 2 * Math.PI);
    }

    double ambient(Instant at) {
        double days = (at.getEpochSecond() - start.getEpochSecond()) / 86_400.0;
        int day = (int) Math.clamp(Math.floor(days), 0, weatherByDay.length - 1);
        double hour = at.atZone(ZoneOffset.UTC).getHour() + at.atZone(ZoneOffset.UTC).getMinute() / 60.0;
        double seasonal = 8 + 14 * Math.min(1, days / 90);
        return seasonal + climateOffset + weatherByDay[day] + dailyAmplitude * Math.sin(2 * Math.PI * (hour - 9) / 24);
    }

    double noLoadVoltage(Instant at) {
        double hours = (at.getEpochSecond() - start.getEpochSecond()) / 3600.0;
        return 230 + voltageOffset + 3 * Math.sin(2 * Math.PI * hours / 24 + voltagePhase)
                + 1.5 * Math.sin(2 * Math.PI * hours / 173 + voltagePhase);
    }
}
