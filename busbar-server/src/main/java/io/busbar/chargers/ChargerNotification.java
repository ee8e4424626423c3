package io.busbar.chargers;

import java.time.Instant;
import java.util.Map;

/**
 * Something a charger told Busbar that is kept as a record: firmware/diagnostics/log status, security events,
 * device-model events and reports, vendor data transfers, charging needs. {@code details} holds the fields as
 * JSON-compatible values (strings, numbers, booleans, lists, maps).
 */
public record ChargerNotification(ChargerIdentity charger, Type type, Instant timestamp, Map<String, Object> details) {
    public enum Type {
        FIRMWARE_STATUS, DIAGNOSTICS_STATUS, LOG_STATUS, SECURITY_EVENT, DEVICE_EVENT, DEVICE_REPORT,
        DATA_TRANSFER, CHARGING_NEEDS, RESERVATION_STATUS, CHARGING_LIMIT, MONITORING_REPORT, OTHER
    }
}
