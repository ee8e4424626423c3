package io.busbar.chargers;

import io.busbar.platform.units.Power;

import java.util.List;

/** Connector types and maximum powers as operators state them. Publishes {@link ConnectorSpecChanged}. */
public interface ConnectorSpecs {
    /**
     * Sets (replaces) what the connector is; null clears a field.
     *
     * @throws ChargerNotFoundException for an unknown charger
     * @throws IllegalArgumentException for ids below 1 or a power out of range
     */
    ConnectorSpec set(ChargerIdentity charger, int evseId, int connectorId, ConnectorType type, Power maxPower);

    /** The charger's stated connectors, by EVSE and connector id. */
    List<ConnectorSpec> of(ChargerIdentity charger);
}
