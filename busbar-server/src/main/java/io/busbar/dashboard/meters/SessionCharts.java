package io.busbar.dashboard.meters;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The charts of one session's meter readings: power and state of charge, energy charged, and voltage and
 * temperature. A quantity the charger did not send is simply absent ({@link #missing()} names it for a note); a
 * chart with none of its quantities is empty. Energy is shown as charged in the session (from the session's meter
 * start, else from its first register reading), not as the meter's lifetime total.
 */
record SessionCharts(MeterChart powerAndSoc, MeterChart energy, MeterChart voltageAndTemperature,
                     Set<MeterQuantity> missing) {

    /** A line: one quantity at one phase and location (Voltage L1-N, Temperature at the Body, ...). */
    private record Line(MeterQuantity quantity, String phase, String location) {
    }

    static SessionCharts of(List<MeterReading> readings) {
        return of(readings, null);
    }

    /** @param meterStartWh the session's meter start (1.6 StartTransaction meterStart), or null when unknown */
    static SessionCharts of(List<MeterReading> readings, Long meterStartWh) {
        Map<Line, TreeMap<Instant, BigDecimal>> lines = new LinkedHashMap<>();
        readings.stream().sorted(Comparator.comparing(MeterReading::timestamp)).forEach(reading ->
                MeterQuantity.of(reading.measurand()).ifPresent(quantity ->
                        quantity.shown(reading.value(), reading.unit()).ifPresent(value ->
                                lines.computeIfAbsent(new Line(quantity, reading.phase(), reading.location()),
                                        line -> new TreeMap<>()).put(reading.timestamp(), value))));
        Set<MeterQuantity> missing = EnumSet.allOf(MeterQuantity.class);
        lines.keySet().forEach(line -> missing.remove(line.quantity()));
        return new SessionCharts(
                chart("Power and state of charge", lines, null, MeterQuantity.POWER, MeterQuantity.SOC),
                chart("Energy charged", lines, meterStartWh, MeterQuantity.ENERGY),
                chart("Voltage and temperature", lines, null, MeterQuantity.VOLTAGE, MeterQuantity.TEMPERATURE),
                missing);
    }

    List<MeterChart> all() {
        return List.of(powerAndSoc, energy, voltageAndTemperature);
    }

    private static MeterChart chart(String title, Map<Line, TreeMap<Instant, BigDecimal>> lines, Long meterStartWh,
                                    MeterQuantity... quantities) {
        List<Line> shown = new ArrayList<>();
        for (MeterQuantity quantity : quantities) {
            lines.keySet().stream().filter(line -> line.quantity() == quantity).forEach(shown::add);
        }
        TreeSet<Instant> instants = new TreeSet<>();
        shown.forEach(line -> instants.addAll(lines.get(line).keySet()));
        List<Double> x = instants.stream().map(instant -> instant.toEpochMilli() / 1000.0).toList();
        List<MeterChart.Series> series = shown.stream().map(line -> {
            TreeMap<Instant, BigDecimal> values = lines.get(line);
            BigDecimal base = line.quantity() == MeterQuantity.ENERGY ? energyBase(values, meterStartWh) : BigDecimal.ZERO;
            List<Double> aligned = instants.stream()
                    .map(instant -> values.containsKey(instant) ? values.get(instant).subtract(base).doubleValue() : null)
                    .toList();
            return new MeterChart.Series(label(line, shown), line.quantity().unit(), aligned);
        }).toList();
        return new MeterChart(title, x, series);
    }

    /** The session's meter start in kWh, unless it is above the first reading (another or a reset meter). */
    private static BigDecimal energyBase(TreeMap<Instant, BigDecimal> values, Long meterStartWh) {
        BigDecimal first = values.firstEntry().getValue();
        BigDecimal start = meterStartWh == null ? null
                : MeterQuantity.ENERGY.shown(BigDecimal.valueOf(meterStartWh), "Wh").orElse(null);
        return start != null && start.compareTo(first) <= 0 ? start : first;
    }

    /** "Voltage L1-N", and the location only where one quantity was measured at more than one. */
    private static String label(Line line, List<Line> shown) {
        StringBuilder label = new StringBuilder(line.quantity().label());
        if (line.phase() != null) {
            label.append(' ').append(line.phase());
        }
        long locations = shown.stream().filter(other -> other.quantity() == line.quantity())
                .map(Line::location).filter(Objects::nonNull).distinct().count();
        if (locations > 1 && line.location() != null) {
            label.append(" (").append(line.location()).append(')');
        }
        return label.toString();
    }
}
