package io.busbar.sessions.internal;

import io.busbar.sessions.MeterReading;

import java.util.Objects;

/** Fills the fields a charger may omit with the values OCPP defines for them, so stored samples are explicit. */
final class ReadingDefaults {
    static final String OUTLET = "Outlet";
    static final String SAMPLE_PERIODIC = "Sample.Periodic";
    static final String WATT_HOURS = "Wh";
    static final String PERCENT = "Percent";

    private ReadingDefaults() {
    }

    /**
     * OCPP 1.6 SampledValue / OCPP 2.0.1 SampledValueType defaults: measurand Energy.Active.Import.Register,
     * context Sample.Periodic, location Outlet, unit Wh. A SoC or a voltage in "Wh" would be nonsense, so a
     * missing unit is the measurand's own (Percent, V, A, W; Wh for energy and anything unknown).
     *
     * @throws IllegalArgumentException when the timestamp or value is missing (the schema requires both)
     */
    static MeterReading complete(MeterReading reading) {
        Objects.requireNonNull(reading, "reading");
        if (reading.timestamp() == null) {
            throw new IllegalArgumentException("A meter reading needs a timestamp");
        }
        if (reading.value() == null) {
            throw new IllegalArgumentException("A meter reading needs a value");
        }
        String measurand = reading.measurand() == null ? MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER : reading.measurand();
        String unit = reading.unit() != null ? reading.unit() : defaultUnit(measurand);
        String context = reading.context() == null ? SAMPLE_PERIODIC : reading.context();
        String location = reading.location() == null ? OUTLET : reading.location();
        return new MeterReading(reading.timestamp(), measurand, reading.phase(), unit, context, location, reading.value());
    }

    private static String defaultUnit(String measurand) {
        if (measurand.equals(MeterReading.SOC)) {
            return PERCENT;
        }
        if (measurand.startsWith("Power")) {
            return "W";
        }
        if (measurand.startsWith("Current")) {
            return "A";
        }
        return measurand.equals("Voltage") ? "V" : WATT_HOURS;
    }
}
