package io.busbar.faults.internal;

import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connector status reports as faults: a 1.6 errorCode other than NoError, or a Faulted status (both versions), opens
 * a CONNECTOR_ERROR (VENDOR_ERROR for 1.6 OtherError with a vendorErrorCode); a later report without error and
 * not Faulted/Unavailable closes the EVSE's open connector faults. EVSE 0 (1.6 connectorId 0) is the charger.
 */
@Component
class ConnectorFaults {
    private static final List<FaultType> CONNECTOR_TYPES = List.of(FaultType.CONNECTOR_ERROR, FaultType.VENDOR_ERROR);
    private final FaultJournal journal;

    ConnectorFaults(FaultJournal journal) {
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(ConnectorStatusChanged changed) {
        ConnectorStatusReport report = changed.report();
        Integer evse = report.evseId() == 0 ? null : report.evseId();
        boolean hasError = report.errorCode() != null && !"NoError".equals(report.errorCode());
        if (hasError || report.status() == ConnectorStatus.FAULTED) {
            boolean vendor = "OtherError".equals(report.errorCode()) && report.vendorErrorCode() != null;
            FaultType type = vendor ? FaultType.VENDOR_ERROR : FaultType.CONNECTOR_ERROR;
            String code = vendor ? report.vendorErrorCode() : hasError ? report.errorCode() : "Faulted";
            FaultSeverity severity = hasError ? ErrorCodeSeverity.of(report.errorCode()) : FaultSeverity.ERROR;
            if (report.status() == ConnectorStatus.FAULTED && severity.compareTo(FaultSeverity.ERROR) < 0) {
                severity = FaultSeverity.ERROR; // the connector cannot charge, whatever the code says
            }
            // The connector's current error replaces an earlier, different one.
            journal.closeOthers(report.charger(), evse, CONNECTOR_TYPES, code, report.timestamp(), "superseded by " + code);
            journal.open(new NewFault(report.charger(), evse, type, severity, code, description(report), source(report),
                    report.timestamp()));
        } else if (report.status() != ConnectorStatus.UNAVAILABLE) {
            journal.closeOpen(report.charger(), evse, CONNECTOR_TYPES, null, report.timestamp(),
                    "recovered: " + report.status());
        }
    }

    private static String description(ConnectorStatusReport report) {
        StringBuilder text = new StringBuilder("Connector " + report.connectorId() + " " + report.status());
        if (report.errorCode() != null && !"NoError".equals(report.errorCode())) {
            text.append(": ").append(report.errorCode());
        }
        if (report.vendorErrorCode() != null) {
            text.append(" (vendor ").append(report.vendorId() == null ? "" : report.vendorId() + " ")
                    .append(report.vendorErrorCode()).append(')');
        }
        if (report.info() != null) {
            text.append(" - ").append(report.info());
        }
        return text.toString();
    }

    private static Map<String, Object> source(ConnectorStatusReport report) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "StatusNotification");
        source.put("connectorId", report.connectorId());
        source.put("status", report.status().name());
        putIfPresent(source, "errorCode", report.errorCode());
        putIfPresent(source, "vendorId", report.vendorId());
        putIfPresent(source, "vendorErrorCode", report.vendorErrorCode());
        putIfPresent(source, "info", report.info());
        source.put("reportedAt", report.timestamp().toString());
        return source;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
