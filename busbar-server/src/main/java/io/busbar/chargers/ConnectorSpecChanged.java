package io.busbar.chargers;

/** Event: an operator changed what a connector is (type, maximum power). */
public record ConnectorSpecChanged(ChargerIdentity charger, ConnectorSpec spec) {
}
