package io.busbar.predictive.method;

import java.time.Instant;

/** The values sampled at one instant: a connector temperature, currents and voltages per phase. */
final class Snapshot {
    final Instant at;
    double temperature = Double.NaN;
    private int temperaturePreference = -1;
    final double[] voltage = {Double.NaN, Double.NaN, Double.NaN};
    private final double[] current = {Double.NaN, Double.NaN, Double.NaN};
    private double unphasedCurrent = Double.NaN;

    Snapshot(Instant at) {
        this.at = at;
    }

    void add(Measurement measurement) {
        switch (measurement.quantity()) {
            case TEMPERATURE -> {
                int preference = preference(measurement.location());
                if (preference > temperaturePreference) {
                    temperature = measurement.value();
                    temperaturePreference = preference;
                }
            }
            case VOLTAGE -> {
                // an unphased voltage is the single phase's; a phase we cannot place (N, L1-L2) is left out
                int phase = measurement.phase() == null ? 0 : phaseIndex(measurement.phase());
                if (phase >= 0) {
                    voltage[phase] = measurement.value();
                }
            }
            case CURRENT -> {
                if (measurement.phase() == null) {
                    unphasedCurrent = measurement.value();
                } else if (phaseIndex(measurement.phase()) >= 0) {
                    current[phaseIndex(measurement.phase())] = measurement.value();
                }
            }
        }
    }

    /** The phase's own current, else the charger's single (unphased) current value. */
    double current(int phase) {
        return Double.isNaN(current[phase]) ? unphasedCurrent : current[phase];
    }

    /** The most loaded pin heats the contact most. */
    double maxCurrent() {
        double max = unphasedCurrent;
        for (double value : current) {
            if (!Double.isNaN(value)) {
                max = Double.isNaN(max) ? value : Math.max(max, value);
            }
        }
        return max;
    }

    /** Outlet/cable sensors sit at the contact; the body sensor is a second best; EV and inlet say nothing of it. */
    private static int preference(String location) {
        if (location == null) {
            return 1;
        }
        return switch (location) {
            case "Outlet", "Cable" -> 2;
            case "Body" -> 0;
            default -> -1;
        };
    }

    static int phaseIndex(String phase) {
        if (phase == null || phase.length() < 2) {
            return -1;
        }
        if (phase.length() > 2 && !phase.equals(phase.substring(0, 2) + "-N")) {
            return -1;
        }
        return switch (phase.substring(0, 2)) {
            case "L1" -> 0;
            case "L2" -> 1;
            case "L3" -> 2;
            default -> -1;
        };
    }
}
