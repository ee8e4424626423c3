package io.busbar.chargers;

/** Event: a connector's current status changed (reports older than the current one do not raise it). */
public record ConnectorStatusChanged(ConnectorStatusReport report, ConnectorStatus previous) {
}
