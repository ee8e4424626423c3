package io.busbar.predictive.internal;

import io.busbar.predictive.method.Measurement;
import io.busbar.predictive.method.Measurement.Quantity;
import io.busbar.sessions.MeterReading;

import java.util.ArrayList;
import java.util.List;

/**
 * Meter readings as the method needs them: only Temperature, Voltage and Current.Import, in °C, V and A (OCPP
 * units as sent: Celsius, Fahrenheit, K; V; A). Readings in other units are left out rather than guessed.
 */
final class MeasurementConversion {
    private MeasurementConversion() {
    }

    static List<Measurement> of(List<MeterReading> readings) {
        List<Measurement> measurements = new ArrayList<>(readings.size());
        for (MeterReading reading : readings) {
            if (reading.measurand() == null || reading.value() == null || reading.timestamp() == null) {
                continue;
            }
            double value = reading.value().doubleValue();
            String unit = reading.unit();
            Measurement measurement = switch (reading.measurand()) {
                case "Temperature" -> celsius(value, unit) == null ? null : new Measurement(reading.timestamp(),
                        Quantity.TEMPERATURE, null, reading.location(), celsius(value, unit));
                case "Voltage" -> unit == null || unit.equals("V") ? new Measurement(reading.timestamp(),
                        Quantity.VOLTAGE, phase(reading.phase()), reading.location(), value) : null;
                case "Current.Import" -> unit == null || unit.equals("A") ? new Measurement(reading.timestamp(),
                        Quantity.CURRENT, phase(reading.phase()), reading.location(), value) : null;
                default -> null;
            };
            if (measurement != null) {
                measurements.add(measurement);
            }
        }
        return measurements;
    }

    private static Double celsius(double value, String unit) {
        if (unit == null || unit.equals("Celsius") || unit.equals("Celcius")) {
            return value;
        }
        return switch (unit) {
            case "Fahrenheit" -> (value - 32) * 5 / 9;
            case "K" -> value - 273.15;
            default -> null;
        };
    }

    /** "L1-N" and "L1" are the same phase here; "N" and line-to-line voltages ("L1-L2") are not used. */
    private static String phase(String phase) {
        if (phase == null) {
            return null;
        }
        return phase.matches("L[123](-N)?") ? phase.substring(0, 2) : "other";
    }
}
