package io.busbar.sessions.internal;

import io.busbar.sessions.MeterReading;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest SoC reading of a session (by timestamp, so late-arriving older readings never overwrite it). */
record StateOfCharge(BigDecimal percent, Instant at) {
    static final StateOfCharge UNKNOWN = new StateOfCharge(null, null);

    /** @param reading a reading with defaults filled in */
    StateOfCharge include(MeterReading reading) {
        if (!MeterReading.SOC.equals(reading.measurand()) || reading.value().signum() < 0
                || reading.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            return this;
        }
        boolean newer = at == null || reading.timestamp().isAfter(at)
                || (reading.timestamp().equals(at) && reading.value().compareTo(percent) > 0);
        return newer ? new StateOfCharge(reading.value(), reading.timestamp()) : this;
    }
}
