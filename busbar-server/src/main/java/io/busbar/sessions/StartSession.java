package io.busbar.sessions;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.time.Instant;
import java.util.List;

/**
 * A transaction began. {@code chargerTransactionId} is null for 1.6 (Busbar issues the number); {@code idToken}
 * may be null for 2.0.1 when the charger started before authorization; {@code meterStart} may be null.
 */
public record StartSession(ChargerIdentity charger, int evseId, int connectorId, IdToken idToken, Instant startedAt,
                           Energy meterStart, String chargerTransactionId, Integer reservationId,
                           List<MeterReading> readings) {
}
