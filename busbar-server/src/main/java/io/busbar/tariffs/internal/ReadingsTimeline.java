package io.busbar.tariffs.internal;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.tariffs.ChargingState;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.MeteredTimeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session's stored readings as the calculator's timeline: one sample per instant that has an energy register
 * reading, with the power (Power.Active.Import) and current (Current.Import summed over phases) sampled then, from
 * the session's start to its end (ended) or to {@code now} (active).
 *
 * <p>Charging state: the sessions module keeps only the latest 2.0.1 chargingState, not its history, so each
 * sample's state is derived from the meter: CHARGING while power is drawn (or, without a power measurand, while
 * the register rises to the next sample), otherwise SUSPENDED_EV (idle). The latest reading of an active session
 * takes the session's current chargingState when the charger reported one (2.0.1).
 */
final class ReadingsTimeline {
    private static final String POWER = "Power.Active.Import";
    private static final String CURRENT = "Current.Import";

    private ReadingsTimeline() {
    }

    static MeteredTimeline of(Session session, List<MeterReading> readings, Instant now) {
        Map<Instant, Point> points = new TreeMap<>();
        for (MeterReading reading : readings) {
            String measurand = reading.measurand() == null ? MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER : reading.measurand();
            Point point = points.computeIfAbsent(reading.timestamp(), at -> new Point());
            BigDecimal value = reading.value();
            switch (measurand) {
                case MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER -> {
                    if (reading.phase() == null || point.registerWh == null) {
                        point.registerWh = "kWh".equalsIgnoreCase(reading.unit()) ? value.multiply(BigDecimal.valueOf(1000)) : value;
                    }
                }
                case POWER -> {
                    BigDecimal watts = "kW".equalsIgnoreCase(reading.unit()) ? value.multiply(BigDecimal.valueOf(1000)) : value;
                    point.powerW = reading.phase() == null ? watts : (point.powerW == null ? watts : point.powerW.add(watts));
                }
                case CURRENT -> {
                    if (reading.phase() == null || !reading.phase().startsWith("N")) {
                        point.currentA = point.currentA == null ? value : point.currentA.add(value);
                    }
                }
                default -> {
                }
            }
        }
        Instant end = session.endedAt() != null ? session.endedAt() : now;
        List<Instant> instants = new ArrayList<>();
        List<Point> registered = new ArrayList<>();
        if (session.meterStart() != null && points.keySet().stream().noneMatch(at -> !at.isAfter(session.startedAt()))) {
            Point start = new Point();
            start.registerWh = BigDecimal.valueOf(session.meterStart().wattHours());
            instants.add(session.startedAt());
            registered.add(start);
        }
        for (Map.Entry<Instant, Point> entry : points.entrySet()) {
            if (entry.getValue().registerWh != null && !entry.getKey().isAfter(end)) {
                instants.add(entry.getKey());
                registered.add(entry.getValue());
            }
        }
        if (instants.isEmpty()) {
            Point start = new Point();
            start.registerWh = BigDecimal.ZERO;
            instants.add(session.startedAt());
            registered.add(start);
        }
        List<MeterSample> samples = new ArrayList<>();
        BigDecimal highest = BigDecimal.ZERO;
        for (int i = 0; i < instants.size(); i++) {
            Point point = registered.get(i);
            highest = highest.max(point.registerWh); // a register that steps back is held (the calculator refuses it)
            Point next = i + 1 < registered.size() ? registered.get(i + 1) : null;
            boolean rising = next != null && next.registerWh.compareTo(point.registerWh) > 0;
            boolean drawing = point.powerW != null ? point.powerW.signum() > 0 : rising;
            ChargingState state = drawing ? ChargingState.CHARGING : ChargingState.SUSPENDED_EV;
            if (next == null && session.endedAt() == null && session.chargingState() != null) {
                state = state(session.chargingState()); // what the charger says now holds until now
            }
            samples.add(new MeterSample(instants.get(i), highest, power(point.powerW), current(point.currentA), state));
        }
        if (end.isAfter(samples.getLast().at())) {
            BigDecimal register = session.meterStop() != null && session.endedAt() != null
                    ? highest.max(BigDecimal.valueOf(session.meterStop().wattHours())) : highest;
            samples.add(new MeterSample(end, register, Power.ZERO, Current.ZERO, ChargingState.IDLE));
        }
        return new MeteredTimeline(samples);
    }

    /** OCPP 2.0.1 ChargingStateEnumType literals (and 1.6 status names of the same meaning). */
    static ChargingState state(String literal) {
        return switch (literal) {
            case "Charging" -> ChargingState.CHARGING;
            case "SuspendedEV" -> ChargingState.SUSPENDED_EV;
            case "SuspendedEVSE" -> ChargingState.SUSPENDED_EVSE;
            default -> ChargingState.IDLE; // EVConnected, Idle, Finishing
        };
    }

    private static Power power(BigDecimal watts) {
        return watts == null || watts.signum() <= 0 ? Power.ZERO
                : Power.ofWatts(watts.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Current current(BigDecimal amps) {
        return amps == null || amps.signum() <= 0 ? Current.ZERO : Current.ofAmps(amps.setScale(3, RoundingMode.HALF_UP));
    }

    private static final class Point {
        BigDecimal registerWh;
        BigDecimal powerW;
        BigDecimal currentA;
    }
}
