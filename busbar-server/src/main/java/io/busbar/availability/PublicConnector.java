package io.busbar.availability;

import io.busbar.chargers.ConnectorType;
import io.busbar.platform.units.Power;

/**
 * One connector of a public EVSE.
 *
 * @param type     the plug standard; null when neither the operator nor the charger told
 * @param maxPower the most power it delivers; null when unknown
 */
public record PublicConnector(int connectorId, PublicStatus status, ConnectorType type, Power maxPower) {
}
