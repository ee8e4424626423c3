package io.busbar.chargers;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;

/** A charger as everything above the adapters sees it, whatever its protocol version. */
public record Charger(ChargerIdentity identity, TenantId tenant, SiteId siteId, String label, RegistrationStatus registration,
                      boolean hasPassword, String protocol, ChargerDescription description, String firmwareStatus,
                      boolean online, Instant lastSeen, Instant connectedSince, Instant lastBootAt,
                      Instant createdAt, List<Evse> evses) {

    public record Evse(int evseId, List<Connector> connectors) {
    }

    public record Connector(int connectorId, ConnectorStatus status, String errorCode, String vendorErrorCode,
                            String info, Instant statusAt) {
    }
}
