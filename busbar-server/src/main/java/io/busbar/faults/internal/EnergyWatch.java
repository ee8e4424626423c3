package io.busbar.faults.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each EVSE's meter did lately, in memory (readings are a high-volume stream, see {@link ReadingsRecorded}):
 * when the last reading arrived and when energy last flowed (the register rose or power was above the threshold).
 * Instants are Busbar's clock, not the charger's. After a
 * restart the watch starts empty, which only delays ghost detection by one threshold.
 */
@Component
class EnergyWatch {
    private static final String POWER = "Power.Active.Import";
    private final Map<EvseKey, Meter> meters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final FaultProperties properties;

    EnergyWatch(Clock clock, FaultProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    record EvseKey(ChargerIdentity charger, int evseId) {
    }

    /** One EVSE's meter as seen from here; null fields: not seen since start-up. */
    record Meter(Instant lastReadingAt, Instant lastFlowAt, BigDecimal register, String registerUnit) {
        static final Meter NONE = new Meter(null, null, null, null);
    }

    @EventListener
    void on(ReadingsRecorded event) {
        Instant now = clock.instant();
        meters.compute(new EvseKey(event.charger(), event.evseId()), (key, before) -> {
            Meter meter = before == null ? Meter.NONE : before;
            BigDecimal register = meter.register();
            String unit = meter.registerUnit();
            boolean flowed = false;
            for (MeterReading reading : event.readings()) {
                if (reading.value() == null) {
                    continue;
                }
                String measurand = reading.measurand() == null ? MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER
                        : reading.measurand();
                if (MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER.equals(measurand) && reading.phase() == null) {
                    if (register != null && Objects.equals(unit, reading.unit())
                            && reading.value().compareTo(register) > 0) {
                        flowed = true;
                    }
                    register = reading.value();
                    unit = reading.unit();
                } else if (POWER.equals(measurand) && reading.phase() == null
                        && watts(reading).compareTo(BigDecimal.valueOf(properties.ghostPowerThresholdW())) > 0) {
                    flowed = true;
                }
            }
            return new Meter(now, flowed ? now : meter.lastFlowAt(), register, unit);
        });
    }

    Meter meter(ChargerIdentity charger, int evseId) {
        return meters.getOrDefault(new EvseKey(charger, evseId), Meter.NONE);
    }

    private static BigDecimal watts(MeterReading reading) {
        return "kW".equals(reading.unit()) ? reading.value().movePointRight(3) : reading.value();
    }
}
