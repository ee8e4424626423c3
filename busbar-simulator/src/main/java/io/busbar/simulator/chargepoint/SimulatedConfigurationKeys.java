package io.busbar.simulator.chargepoint;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The configuration keys of a simulated OCPP 1.6 charge point: the standard Core (and a few Local Auth List and
 * Smart Charging) keys of OCPP 1.6 §9 with plausible defaults, answering GetConfiguration (§5.8) and
 * ChangeConfiguration (§5.3) as a real charge point does.
 */
final class SimulatedConfigurationKeys {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> MEASURANDS = Set.of("Energy.Active.Import.Register", "Power.Active.Import",
            "Current.Import", "Current.Offered", "Voltage", "SoC", "Temperature", "Energy.Active.Import.Interval");

    private enum Kind { INTEGER, BOOLEAN, MEASURANDS, TEXT }

    /** {@code rebootRequired}: a change is stored but only takes effect after a reboot (§5.3 RebootRequired). */
    private record Key(Kind kind, boolean readonly, boolean rebootRequired, String value) {
        Key withValue(String newValue) {
            return new Key(kind, readonly, rebootRequired, newValue);
        }
    }

    private final Map<String, Key> keys = new LinkedHashMap<>();

    SimulatedConfigurationKeys(Map<String, String> overrides) {
        key("AllowOfflineTxForUnknownId", false, Kind.BOOLEAN, "false");
        key("AuthorizationCacheEnabled", false, Kind.BOOLEAN, "true");
        key("AuthorizeRemoteTxRequests", false, Kind.BOOLEAN, "true");
        key("ClockAlignedDataInterval", false, Kind.INTEGER, "900");
        key("ConnectionTimeOut", false, Kind.INTEGER, "60");
        key("GetConfigurationMaxKeys", true, Kind.INTEGER, "50");
        key("HeartbeatInterval", false, Kind.INTEGER, "300");
        key("LocalAuthorizeOffline", false, Kind.BOOLEAN, "true");
        key("LocalPreAuthorize", false, Kind.BOOLEAN, "false");
        key("MeterValuesAlignedData", false, Kind.MEASURANDS, "Energy.Active.Import.Register");
        key("MeterValuesSampledData", false, Kind.MEASURANDS, "Energy.Active.Import.Register,Power.Active.Import");
        key("MeterValueSampleInterval", false, Kind.INTEGER, "60");
        key("NumberOfConnectors", true, Kind.INTEGER, "1");
        key("ResetRetries", false, Kind.INTEGER, "2");
        key("StopTransactionOnEVSideDisconnect", false, Kind.BOOLEAN, "true");
        key("StopTransactionOnInvalidId", false, Kind.BOOLEAN, "true");
        key("StopTxnAlignedData", false, Kind.MEASURANDS, "");
        key("StopTxnSampledData", false, Kind.MEASURANDS, "Energy.Active.Import.Register");
        key("SupportedFeatureProfiles", true, Kind.TEXT,
                "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger");
        key("TransactionMessageAttempts", false, Kind.INTEGER, "3");
        key("TransactionMessageRetryInterval", false, Kind.INTEGER, "60");
        key("UnlockConnectorOnEVSideDisconnect", false, Kind.BOOLEAN, "true");
        key("LocalAuthListEnabled", false, Kind.BOOLEAN, "true");
        key("LocalAuthListMaxLength", true, Kind.INTEGER, "1000");
        key("SendLocalListMaxLength", true, Kind.INTEGER, "100");
        key("ChargeProfileMaxStackLevel", true, Kind.INTEGER, "10");
        // Most charge points only re-arm their WebSocket ping timer when the connection is re-established.
        keys.put("WebSocketPingInterval", new Key(Kind.INTEGER, false, true, "30"));
        overrides.forEach((key, value) -> {
            Key known = keys.get(key);
            keys.put(key, known == null ? new Key(Kind.TEXT, false, false, value) : known.withValue(value));
        });
    }

    private void key(String key, boolean readonly, Kind kind, String value) {
        keys.put(key, new Key(kind, readonly, false, value));
    }

    synchronized String value(String key) {
        Key known = keys.get(key);
        return known == null ? null : known.value();
    }

    synchronized void set(String key, String value) {
        Key known = keys.get(key);
        keys.put(key, known == null ? new Key(Kind.TEXT, false, false, value) : known.withValue(value));
    }

    /** 1.6 §5.8: every requested key the charge point knows, the others as unknownKey; no key asks for all. */
    synchronized JsonNode getConfiguration(JsonNode request) {
        ObjectNode response = NODES.objectNode();
        ArrayNode known = response.putArray("configurationKey");
        ArrayNode unknown = NODES.arrayNode();
        JsonNode requested = request.path("key");
        if (requested.isArray() && !requested.isEmpty()) {
            for (JsonNode name : requested) {
                Key key = keys.get(name.asString());
                if (key == null) {
                    unknown.add(name.asString());
                } else {
                    add(known, name.asString(), key);
                }
            }
        } else {
            keys.forEach((name, key) -> add(known, name, key));
        }
        if (!unknown.isEmpty()) {
            response.set("unknownKey", unknown);
        }
        return response;
    }

    private static void add(ArrayNode known, String name, Key key) {
        known.addObject().put("key", name).put("readonly", key.readonly()).put("value", key.value());
    }

    /** 1.6 §5.3: NotSupported for unknown keys, Rejected for read-only keys and values that do not fit. */
    synchronized JsonNode changeConfiguration(JsonNode request) {
        String name = request.path("key").asString();
        String value = request.path("value").asString();
        Key key = keys.get(name);
        String status;
        if (key == null) {
            status = "NotSupported";
        } else if (key.readonly() || !fits(key.kind(), value)) {
            status = "Rejected";
        } else {
            keys.put(name, key.withValue(key.kind() == Kind.BOOLEAN ? value.toLowerCase(Locale.ROOT) : value));
            status = key.rebootRequired() ? "RebootRequired" : "Accepted";
        }
        return NODES.objectNode().put("status", status);
    }

    private static boolean fits(Kind kind, String value) {
        return switch (kind) {
            case INTEGER -> value.matches("\\d{1,9}");
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case MEASURANDS -> value.isBlank() || java.util.Arrays.stream(value.split(","))
                    .map(String::trim).allMatch(MEASURANDS::contains);
            case TEXT -> value.length() <= 500;
        };
    }
}
