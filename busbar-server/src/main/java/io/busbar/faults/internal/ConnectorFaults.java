package io.busbar.faults.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connector status as faults: a 1.6 errorCode other than NoError, or a Faulted status (both versions), is an open
 * CONNECTOR_ERROR (VENDOR_ERROR for 1.6 OtherError with a vendorErrorCode); once the EVSE's connectors report no
 * error and are neither Faulted nor Unavailable, its connector faults close. EVSE 0 (1.6 connectorId 0) is the
 * charger as a whole.
 * <p>
 * Each status change reconciles the EVSE's open faults with its <em>current</em> (committed) connector statuses
 * under a lock, so events handled concurrently or out of order still end in the right state.
 */
@Component
class ConnectorFaults {
    private static final List<FaultType> CONNECTOR_TYPES = List.of(FaultType.CONNECTOR_ERROR, FaultType.VENDOR_ERROR);
    private final FaultJournal journal;
    private final ChargerRegistry chargers;

    ConnectorFaults(FaultJournal journal, ChargerRegistry chargers) {
        this.journal = journal;
        this.chargers = chargers;
    }

    @ApplicationModuleListener
    void on(ConnectorStatusChanged changed) {
        ChargerIdentity charger = changed.report().charger();
        int evseId = changed.report().evseId();
        journal.lock("connector:" + charger.value() + ":" + evseId);
        List<Charger.Connector> connectors = chargers.find(charger).stream()
                .flatMap(found -> found.evses().stream()).filter(evse -> evse.evseId() == evseId)
                .flatMap(evse -> evse.connectors().stream()).toList();
        Integer evse = evseId == 0 ? null : evseId;
        Optional<Charger.Connector> failing = connectors.stream().filter(ConnectorFaults::failing)
                .max(Comparator.comparing(Charger.Connector::statusAt));
        if (failing.isPresent()) {
            Charger.Connector connector = failing.get();
            String code = code(connector);
            // The connector's current error replaces an earlier, different one.
            journal.closeOthers(charger, evse, CONNECTOR_TYPES, code, connector.statusAt(), "superseded by " + code);
            journal.open(new NewFault(charger, evse, type(connector), severity(connector), code,
                    description(connector), source(connector), connector.statusAt()));
            return;
        }
        Optional<Charger.Connector> recovered = connectors.stream()
                .filter(connector -> connector.status() != ConnectorStatus.UNAVAILABLE)
                .max(Comparator.comparing(Charger.Connector::statusAt));
        if (recovered.isPresent() && connectors.stream().noneMatch(c -> c.status() == ConnectorStatus.UNAVAILABLE)) {
            Instant at = recovered.get().statusAt();
            journal.closeOpen(charger, evse, CONNECTOR_TYPES, null, at, "recovered: " + recovered.get().status());
        }
    }

    private static boolean failing(Charger.Connector connector) {
        return hasError(connector) || connector.status() == ConnectorStatus.FAULTED;
    }

    private static boolean hasError(Charger.Connector connector) {
        return connector.errorCode() != null && !"NoError".equals(connector.errorCode());
    }

    private static boolean vendor(Charger.Connector connector) {
        return "OtherError".equals(connector.errorCode()) && connector.vendorErrorCode() != null;
    }

    private static FaultType type(Charger.Connector connector) {
        return vendor(connector) ? FaultType.VENDOR_ERROR : FaultType.CONNECTOR_ERROR;
    }

    private static String code(Charger.Connector connector) {
        return vendor(connector) ? connector.vendorErrorCode() : hasError(connector) ? connector.errorCode() : "Faulted";
    }

    private static FaultSeverity severity(Charger.Connector connector) {
        FaultSeverity severity = hasError(connector) ? ErrorCodeSeverity.of(connector.errorCode()) : FaultSeverity.ERROR;
        if (connector.status() == ConnectorStatus.FAULTED && severity.compareTo(FaultSeverity.ERROR) < 0) {
            return FaultSeverity.ERROR; // the connector cannot charge, whatever the code says
        }
        return severity;
    }

    private static String description(Charger.Connector connector) {
        StringBuilder text = new StringBuilder("Connector " + connector.connectorId() + " " + connector.status());
        if (hasError(connector)) {
            text.append(": ").append(connector.errorCode());
        }
        if (connector.vendorErrorCode() != null) {
            text.append(" (vendor code ").append(connector.vendorErrorCode()).append(')');
        }
        if (connector.info() != null) {
            text.append(" - ").append(connector.info());
        }
        return text.toString();
    }

    private static Map<String, Object> source(Charger.Connector connector) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "StatusNotification");
        source.put("connectorId", connector.connectorId());
        source.put("status", connector.status().name());
        putIfPresent(source, "errorCode", connector.errorCode());
        putIfPresent(source, "vendorErrorCode", connector.vendorErrorCode());
        putIfPresent(source, "info", connector.info());
        source.put("reportedAt", connector.statusAt().toString());
        return source;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
