package io.busbar.sessions;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sampled value. Names follow the OCPP measurand/phase/location/context vocabulary shared by both versions
 * (e.g. measurand "Energy.Active.Import.Register", phase "L1", unit "Wh", context "Sample.Periodic",
 * location "Outlet"); null fields take the spec defaults (Energy.Active.Import.Register, Wh, Sample.Periodic,
 * Outlet). Energy values in kWh are kept as sent; the session converts.
 */
public record MeterReading(Instant timestamp, String measurand, String phase, String unit, String context,
                           String location, BigDecimal value) {
    public static final String ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register";
    public static final String SOC = "SoC";
}
