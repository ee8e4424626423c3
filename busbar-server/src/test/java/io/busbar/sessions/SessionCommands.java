package io.busbar.sessions;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Commands as the adapters would send them, with readable defaults. */
final class SessionCommands {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final AtomicInteger chargers = new AtomicInteger();

    private SessionCommands() {
    }

    /** A charger of its own per test, so tests sharing a database never see each other's sessions. */
    static ChargerIdentity aCharger() {
        return new ChargerIdentity("CP-" + chargers.incrementAndGet());
    }

    static Instant minutes(int m) {
        return T0.plusSeconds(60L * m);
    }

    static StartSession ocpp16Start(ChargerIdentity charger, int connector, String tag, Instant at, long meterStartWh) {
        return new StartSession(charger, connector, 1, IdToken.of(tag), at, Energy.ofWattHours(meterStartWh), null,
                null, List.of());
    }

    static EndSession ocpp16Stop(ChargerIdentity charger, long transactionNumber, Instant at, long meterStopWh) {
        return new EndSession(charger, new SessionRef.ByTransactionNumber(transactionNumber), at,
                Energy.ofWattHours(meterStopWh), "Local", null, null, null, List.of());
    }

    static SessionRef.ByChargerTransactionId tx(String id) {
        return new SessionRef.ByChargerTransactionId(id);
    }

    static MeterReading register(Instant at, String value, String unit) {
        return new MeterReading(at, MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER, null, unit, null, null,
                new BigDecimal(value));
    }

    static MeterReading soc(Instant at, int percent) {
        return new MeterReading(at, MeterReading.SOC, null, "Percent", null, "EV", BigDecimal.valueOf(percent));
    }
}
