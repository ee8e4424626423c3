package io.busbar.faults.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerNotificationRecorded;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security and device events as faults. A 2.0.1 NotifyEvent item with trigger Alerting, or on a "Problem" variable
 * that is true, opens a DEVICE_EVENT for its component/variable (ERROR for a Problem, WARNING otherwise); the same
 * component/variable reported cleared (or Problem false) closes it. A security event of a type that matters opens
 * a SECURITY_EVENT; those stay open until an operator closes them (nothing on the wire says "no longer tampered").
 */
@Component
class NotificationFaults {
    /** OCPP 2.0.1 Appendix 1 "Security Events" marked critical, plus 1.6 security-extension equivalents. */
    private static final Set<String> CRITICAL_SECURITY = Set.of("FirmwareTampered", "TamperDetectionActivated",
            "InvalidFirmwareSignature", "InvalidFirmwareSigningCertificate");
    private static final Set<String> WARNING_SECURITY = Set.of("InvalidCsmsCertificate", "InvalidCentralSystemCertificate",
            "InvalidChargingStationCertificate", "InvalidChargePointCertificate", "InvalidTLSVersion",
            "InvalidTLSCipherSuite", "AttemptedReplayAttacks", "SecurityLogWasCleared",
            "ReconfigurationOfSecurityParameters", "MemoryExhaustion", "InvalidMessages", "FailedToAuthenticateAtCsms",
            "FailedToAuthenticateAtCentralSystem", "CsmsFailedToAuthenticate", "CentralSystemFailedToAuthenticate");
    private final FaultJournal journal;

    NotificationFaults(FaultJournal journal) {
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(ChargerNotificationRecorded recorded) {
        ChargerNotification notification = recorded.notification();
        switch (notification.type()) {
            case DEVICE_EVENT -> deviceEvents(notification);
            case SECURITY_EVENT -> securityEvent(notification);
            default -> {
            }
        }
    }

    private void deviceEvents(ChargerNotification notification) {
        if (!(notification.details().get("eventData") instanceof List<?> items)) {
            return;
        }
        for (Object item : items) {
            if (item instanceof Map<?, ?> event) {
                deviceEvent(notification.charger(), event, notification.timestamp());
            }
        }
    }

    private void deviceEvent(ChargerIdentity charger, Map<?, ?> event, Instant generatedAt) {
        String component = text(map(event.get("component")).get("name"));
        String variable = text(map(event.get("variable")).get("name"));
        if (component == null || variable == null) {
            return;
        }
        Object evse = map(map(event.get("component")).get("evse")).get("id");
        Integer evseId = evse instanceof Number number && number.intValue() > 0 ? number.intValue() : null;
        String code = component + "." + variable;
        Instant at = instant(event.get("timestamp"), generatedAt);
        boolean problemVariable = "Problem".equals(variable);
        boolean cleared = Boolean.TRUE.equals(event.get("cleared"))
                || problemVariable && "false".equalsIgnoreCase(text(event.get("actualValue")));
        if (cleared) {
            journal.closeOpen(charger, evseId, List.of(FaultType.DEVICE_EVENT), code, at, "cleared by the charger");
            return;
        }
        boolean problem = problemVariable && "true".equalsIgnoreCase(text(event.get("actualValue")));
        if (!problem && !"Alerting".equals(text(event.get("trigger")))) {
            return; // Delta and Periodic events report values, not problems
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "NotifyEvent");
        source.put("eventId", event.get("eventId"));
        source.put("trigger", text(event.get("trigger")));
        source.put("actualValue", text(event.get("actualValue")));
        putIfPresent(source, "techCode", text(event.get("techCode")));
        putIfPresent(source, "techInfo", text(event.get("techInfo")));
        String techCode = text(event.get("techCode"));
        journal.open(new NewFault(charger, evseId, FaultType.DEVICE_EVENT,
                problem ? FaultSeverity.ERROR : FaultSeverity.WARNING, code,
                code + " = " + text(event.get("actualValue")) + (techCode == null ? "" : " (" + techCode + ")"),
                source, at));
    }

    private void securityEvent(ChargerNotification notification) {
        String type = text(notification.details().get("type"));
        if (type == null || !CRITICAL_SECURITY.contains(type) && !WARNING_SECURITY.contains(type)) {
            return; // routine events (boot, reset, clock set...) are no fault
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "SecurityEventNotification");
        source.put("type", type);
        putIfPresent(source, "techInfo", text(notification.details().get("techInfo")));
        journal.open(new NewFault(notification.charger(), null, FaultType.SECURITY_EVENT,
                CRITICAL_SECURITY.contains(type) ? FaultSeverity.CRITICAL : FaultSeverity.WARNING, type,
                "Security event " + type, source, notification.timestamp()));
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Object value, Instant fallback) {
        try {
            return value == null ? fallback : Instant.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
