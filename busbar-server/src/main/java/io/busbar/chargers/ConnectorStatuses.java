package io.busbar.chargers;

/** Connector status reports. */
public interface ConnectorStatuses {
    /**
     * Stores the report in the history, creating the EVSE/connector on first sight. It becomes the connector's
     * current status only if it is not older than the current one (offline-queued reports arrive late).
     */
    void report(ConnectorStatusReport report);
}
