package io.busbar.chargers;

import java.time.Instant;

/**
 * A status a charger reported for a connector. {@code evseId} 0 means the charger as a whole (1.6 connectorId 0);
 * in 1.6, connectorId n is EVSE n with connector 1. {@code errorCode} is null or "NoError" when there is no
 * error; vendor fields are kept verbatim.
 */
public record ConnectorStatusReport(ChargerIdentity charger, int evseId, int connectorId, ConnectorStatus status,
                                    String errorCode, String vendorId, String vendorErrorCode, String info,
                                    Instant timestamp) {
}
