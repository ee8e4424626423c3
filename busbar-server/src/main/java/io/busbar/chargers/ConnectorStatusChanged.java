package io.busbar.chargers;

/**
 * Event: a connector's current status or error code changed (reports older than the current one do not raise it);
 * {@code previous} equals the report's status when only the error code changed.
 */
public record ConnectorStatusChanged(ConnectorStatusReport report, ConnectorStatus previous) {
}
