package io.busbar.sessions.internal;

import io.busbar.sessions.MeterReading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The earliest and latest energy register readings of a session, in Wh. Sessions without a meterStart/meterStop
 * (OCPP 2.0.1 has none) take their energy from this span. Merging is order-independent: the same readings give
 * the same span whatever order their messages arrived in.
 *
 * <p>Only whole-meter readings count (phase absent), and readings at the Outlet are preferred: readings at
 * another location (Inlet, EV) are used only while no Outlet reading has been seen.
 *
 * @param location where the readings of this span were taken; null for an empty span
 */
record RegisterSpan(Instant firstAt, BigDecimal firstWh, Instant lastAt, BigDecimal lastWh, String location) {
    static final RegisterSpan EMPTY = new RegisterSpan(null, null, null, null, null);

    boolean isEmpty() {
        return location == null;
    }

    /** @param reading a reading with defaults filled in ({@link ReadingDefaults#complete}) */
    RegisterSpan include(MeterReading reading) {
        if (!MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER.equals(reading.measurand()) || reading.phase() != null) {
            return this;
        }
        Optional<BigDecimal> wattHours = wattHours(reading);
        return wattHours.isPresent() ? include(reading.timestamp(), wattHours.get(), reading.location()) : this;
    }

    private RegisterSpan include(Instant at, BigDecimal wattHours, String readingLocation) {
        boolean atOutlet = ReadingDefaults.OUTLET.equals(readingLocation);
        boolean spanAtOutlet = ReadingDefaults.OUTLET.equals(location);
        if (isEmpty() || (atOutlet && !spanAtOutlet)) {
            return new RegisterSpan(at, wattHours, at, wattHours, atOutlet ? ReadingDefaults.OUTLET : readingLocation);
        }
        if (spanAtOutlet && !atOutlet) {
            return this;
        }
        // Ties on the timestamp pick the smaller value as first and the larger as last, so order never matters.
        boolean newFirst = at.isBefore(firstAt) || (at.equals(firstAt) && wattHours.compareTo(firstWh) < 0);
        boolean newLast = at.isAfter(lastAt) || (at.equals(lastAt) && wattHours.compareTo(lastWh) > 0);
        return new RegisterSpan(newFirst ? at : firstAt, newFirst ? wattHours : firstWh,
                newLast ? at : lastAt, newLast ? wattHours : lastWh, location);
    }

    /** Register values come in Wh or kWh (OCPP UnitOfMeasure); anything else cannot be an energy register. */
    private static Optional<BigDecimal> wattHours(MeterReading reading) {
        return switch (reading.unit()) {
            case "Wh" -> Optional.of(reading.value());
            case "kWh" -> Optional.of(reading.value().movePointRight(3));
            default -> Optional.empty();
        };
    }
}
