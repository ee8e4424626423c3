package io.busbar.dashboard.sessions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session's power and energy over time for the console's chart (console.js: {@code x} in epoch seconds, one
 * {@code values} list per series, null where a reading is missing), from the readings
 * {@code GET /api/v1/sessions/{id}/meter-values} gives.
 *
 * <p>Power is the charger's total active import (a reading without phase; else the sum of its per-phase readings at
 * that instant). Energy is what the session delivered: the register minus its first reading in the session, so a
 * meter that starts at 1,200 kWh still draws from 0.
 *
 * @param x      the reading instants, epoch seconds, ascending
 * @param series power (kW) then energy (kWh)
 */
public record SessionChart(List<Long> x, List<Series> series) {
    static final String POWER = "Power.Active.Import";
    static final String ENERGY = "Energy.Active.Import.Register";

    public record Series(String label, String unit, List<BigDecimal> values) {
    }

    /** From meter-value items ({@code timestamp, measurand, unit, value, phase}); unknown measurands are ignored. */
    public static SessionChart of(List<Map<String, Object>> readings) {
        TreeMap<Long, Point> points = new TreeMap<>();
        for (Map<String, Object> reading : readings) {
            String measurand = String.valueOf(reading.getOrDefault("measurand", ENERGY));
            Long second = epochSecond(reading.get("timestamp"));
            BigDecimal value = decimal(reading.get("value"));
            if (second == null || value == null || !(POWER.equals(measurand) || ENERGY.equals(measurand))) {
                continue;
            }
            Point point = points.computeIfAbsent(second, s -> new Point());
            String unit = String.valueOf(reading.getOrDefault("unit", ""));
            if (POWER.equals(measurand)) {
                point.power(kilo(value, unit, "kW"), reading.get("phase") != null);
            } else {
                point.energyKwh = kilo(value, unit, "kWh");
            }
        }
        List<Long> x = new ArrayList<>(points.keySet());
        List<BigDecimal> power = new ArrayList<>();
        List<BigDecimal> energy = new ArrayList<>();
        BigDecimal first = points.values().stream().map(p -> p.energyKwh).filter(e -> e != null).findFirst().orElse(null);
        points.values().forEach(point -> {
            power.add(point.powerKw());
            energy.add(point.energyKwh == null ? null : point.energyKwh.subtract(first).setScale(3, RoundingMode.HALF_UP));
        });
        return new SessionChart(x, List.of(new Series("Power", "kW", power), new Series("Energy", "kWh", energy)));
    }

    /** Readings in W or Wh (OCPP's default) become kW / kWh; readings already in kilo-units stay. */
    private static BigDecimal kilo(BigDecimal value, String unit, String kiloUnit) {
        return unit.equalsIgnoreCase(kiloUnit) ? value : value.movePointLeft(3);
    }

    private static Long epochSecond(Object iso) {
        try {
            return iso == null ? null : Instant.parse(String.valueOf(iso)).getEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The readings of one instant. */
    private static final class Point {
        private BigDecimal totalKw;
        private BigDecimal phasesKw;
        private BigDecimal energyKwh;

        void power(BigDecimal kw, boolean perPhase) {
            if (perPhase) {
                phasesKw = phasesKw == null ? kw : phasesKw.add(kw);
            } else {
                totalKw = kw;
            }
        }

        BigDecimal powerKw() {
            BigDecimal kw = totalKw != null ? totalKw : phasesKw;
            return kw == null ? null : kw.setScale(3, RoundingMode.HALF_UP);
        }
    }
}
