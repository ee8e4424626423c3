package io.busbar.simulator.chargepoint;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The device model of a simulated OCPP 2.0.1 charging station: a small set of controller components, the station
 * and EVSE 1 with its connector, each variable with mutability, attributes and characteristics. Answers
 * GetVariables (B06) and SetVariables (B05) per variable with the spec's statuses, and selects the variables of a
 * GetBaseReport (B07) or GetReport (B08); {@link SimulatedConfiguration} pages them into NotifyReport messages.
 */
final class SimulatedDeviceModel {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String ACTUAL = "Actual";

    /** One variable of one component; {@code attributes} maps attribute type (Actual, MaxSet...) to value. */
    static final class Entry {
        final String component;
        final String componentInstance;
        final Integer evse;
        final Integer connector;
        final String variable;
        final String variableInstance;
        final String mutability;
        final String dataType;
        final String unit;
        final BigDecimal min;
        final BigDecimal max;
        final String valuesList;
        final boolean rebootRequired;
        final Map<String, String> attributes = new LinkedHashMap<>();

        Entry(String component, String componentInstance, Integer evse, Integer connector, String variable,
              String variableInstance, String mutability, String dataType, String unit, BigDecimal min,
              BigDecimal max, String valuesList, boolean rebootRequired, String value) {
            this.component = component;
            this.componentInstance = componentInstance;
            this.evse = evse;
            this.connector = connector;
            this.variable = variable;
            this.variableInstance = variableInstance;
            this.mutability = mutability;
            this.dataType = dataType;
            this.unit = unit;
            this.min = min;
            this.max = max;
            this.valuesList = valuesList;
            this.rebootRequired = rebootRequired;
            attributes.put(ACTUAL, value);
        }

        boolean sameComponent(JsonNode c) {
            JsonNode evseNode = c.path("evse");
            return component.equalsIgnoreCase(c.path("name").asString())
                    && Objects.equals(componentInstance, text(c.path("instance")))
                    && Objects.equals(evse, evseNode.isMissingNode() ? null : evseNode.path("id").asInt())
                    && Objects.equals(connector, evseNode.has("connectorId") ? evseNode.path("connectorId").asInt() : null);
        }

        /** For GetReport: a component named without instance or EVSE covers all its instances and EVSEs. */
        boolean coveredBy(JsonNode c) {
            JsonNode evseNode = c.path("evse");
            return component.equalsIgnoreCase(c.path("name").asString())
                    && (!c.has("instance") || Objects.equals(componentInstance, text(c.path("instance"))))
                    && (evseNode.isMissingNode() || Objects.equals(evse, evseNode.path("id").asInt()))
                    && (!evseNode.has("connectorId") || Objects.equals(connector, evseNode.path("connectorId").asInt()));
        }

        boolean sameVariable(JsonNode v) {
            return variable.equalsIgnoreCase(v.path("name").asString())
                    && Objects.equals(variableInstance, text(v.path("instance")));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    SimulatedDeviceModel(List<String[]> overrides) {
        controllers();
        station();
        for (String[] override : overrides) {
            Entry entry = find(override[0], override[1], override[2]);
            if (entry == null) {
                throw new IllegalArgumentException("The simulated device model has no " + override[0] + "."
                        + override[1] + (override[2] == null ? "" : "[" + override[2] + "]"));
            }
            entry.attributes.put(ACTUAL, override[3]);
        }
    }

    private void controllers() {
        rw("OCPPCommCtrlr", "HeartbeatInterval", null, "integer", "s", "300");
        rw("OCPPCommCtrlr", "WebSocketPingInterval", null, "integer", "s", "30");
        rw("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent", "integer", null, "3");
        rw("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent", "integer", "s", "60");
        rw("OCPPCommCtrlr", "ResetRetries", null, "integer", null, "2");
        rw("OCPPCommCtrlr", "MessageTimeout", "Default", "integer", "s", "30");
        rw("OCPPCommCtrlr", "OfflineThreshold", null, "integer", "s", "600");
        // Moving to another network profile only happens on the next (re)connect.
        add(new Entry("OCPPCommCtrlr", null, null, null, "NetworkConfigurationPriority", null, "ReadWrite",
                "SequenceList", null, null, null, null, true, "1"));
        rw("SampledDataCtrlr", "TxUpdatedInterval", null, "integer", "s", "60");
        measurands("SampledDataCtrlr", "TxUpdatedMeasurands", "Energy.Active.Import.Register,Power.Active.Import");
        measurands("SampledDataCtrlr", "TxEndedMeasurands", "Energy.Active.Import.Register");
        rw("SampledDataCtrlr", "Enabled", null, "boolean", null, "true");
        rw("AlignedDataCtrlr", "Interval", null, "integer", "s", "900");
        measurands("AlignedDataCtrlr", "Measurands", "Energy.Active.Import.Register");
        rw("AuthCtrlr", "AuthorizeRemoteStart", null, "boolean", null, "true");
        rw("AuthCtrlr", "LocalAuthorizeOffline", null, "boolean", null, "true");
        rw("AuthCtrlr", "LocalPreAuthorize", null, "boolean", null, "false");
        rw("AuthCtrlr", "OfflineTxForUnknownIdEnabled", null, "boolean", null, "false");
        rw("AuthCacheCtrlr", "Enabled", null, "boolean", null, "true");
        rw("LocalAuthListCtrlr", "Enabled", null, "boolean", null, "true");
        rw("TxCtrlr", "EVConnectionTimeOut", null, "integer", "s", "60");
        rw("TxCtrlr", "StopTxOnEVSideDisconnect", null, "boolean", null, "true");
        rw("TxCtrlr", "StopTxOnInvalidId", null, "boolean", null, "true");
        add(new Entry("TxCtrlr", null, null, null, "TxStartPoint", null, "ReadWrite", "MemberList", null, null,
                null, "ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer", false,
                "PowerPathClosed"));
        ro("DeviceDataCtrlr", null, null, null, "ItemsPerMessage", "GetReport", "integer", null, "10");
        ro("DeviceDataCtrlr", null, null, null, "ItemsPerMessage", "GetVariables", "integer", null, "20");
        ro("DeviceDataCtrlr", null, null, null, "ItemsPerMessage", "SetVariables", "integer", null, "20");
        ro("DeviceDataCtrlr", null, null, null, "BytesPerMessage", "GetReport", "integer", null, "8000");
    }

    private void station() {
        ro("ChargingStation", null, null, null, "AvailabilityState", null, "OptionList", null, "Available");
        ro("ChargingStation", null, null, null, "Available", null, "boolean", null, "true");
        ro("ChargingStation", null, null, null, "SupplyPhases", null, "integer", null, "3");
        ro("EVSE", null, 1, null, "AvailabilityState", null, "OptionList", null, "Available");
        ro("EVSE", null, 1, null, "Available", null, "boolean", null, "true");
        Entry power = new Entry("EVSE", null, 1, null, "Power", null, "ReadOnly", "decimal", "W",
                BigDecimal.ZERO, BigDecimal.valueOf(22080), null, false, "0");
        power.attributes.put("MaxSet", "22080");
        add(power);
        ro("Connector", null, 1, 1, "ConnectorType", null, "string", null, "cType2");
        ro("Connector", null, 1, 1, "AvailabilityState", null, "OptionList", null, "Available");
    }

    private void rw(String component, String variable, String instance, String dataType, String unit, String value) {
        BigDecimal min = "integer".equals(dataType) ? BigDecimal.ZERO : null;
        add(new Entry(component, null, null, null, variable, instance, "ReadWrite", dataType, unit, min, null, null,
                false, value));
    }

    private void measurands(String component, String variable, String value) {
        add(new Entry(component, null, null, null, variable, null, "ReadWrite", "MemberList", null, null, null,
                "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC", false, value));
    }

    private void ro(String component, String componentInstance, Integer evse, Integer connector, String variable,
                    String instance, String dataType, String unit, String value) {
        add(new Entry(component, componentInstance, evse, connector, variable, instance, "ReadOnly", dataType, unit,
                null, null, null, false, value));
    }

    private void add(Entry entry) {
        entries.add(entry);
    }

    /** A top-level (no EVSE) component's variable. */
    synchronized Entry find(String component, String variable, String variableInstance) {
        return entries.stream().filter(e -> e.component.equalsIgnoreCase(component) && e.evse == null
                        && e.variable.equalsIgnoreCase(variable) && Objects.equals(e.variableInstance, variableInstance))
                .findFirst().orElse(null);
    }

    synchronized String value(String component, String variable, String variableInstance) {
        Entry entry = find(component, variable, variableInstance);
        return entry == null ? null : entry.attributes.get(ACTUAL);
    }

    synchronized void set(String component, String variable, String variableInstance, String value) {
        Entry entry = Objects.requireNonNull(find(component, variable, variableInstance), component + "." + variable);
        entry.attributes.put(ACTUAL, value);
    }

    /** B06: one result per requested variable, in request order. */
    synchronized JsonNode getVariables(JsonNode request) {
        ObjectNode response = NODES.objectNode();
        ArrayNode results = response.putArray("getVariableResult");
        for (JsonNode data : request.path("getVariableData")) {
            ObjectNode result = echo(results.addObject(), data);
            String type = data.has("attributeType") ? data.get("attributeType").asString() : ACTUAL;
            String status = lookup(data);
            Entry entry = status == null ? entry(data) : null;
            if (entry != null && !entry.attributes.containsKey(type)) {
                status = "NotSupportedAttributeType";
            } else if (entry != null && "WriteOnly".equals(entry.mutability)) {
                status = "Rejected"; // a WriteOnly value (e.g. a password) is never read back
            }
            result.put("attributeStatus", status == null ? "Accepted" : status);
            if (status == null) {
                result.put("attributeValue", entry.attributes.get(type));
            }
        }
        return response;
    }

    /** B05: one result per set, in request order; read-only variables and values outside the limits are Rejected. */
    synchronized JsonNode setVariables(JsonNode request) {
        ObjectNode response = NODES.objectNode();
        ArrayNode results = response.putArray("setVariableResult");
        for (JsonNode data : request.path("setVariableData")) {
            ObjectNode result = echo(results.addObject(), data);
            String type = data.has("attributeType") ? data.get("attributeType").asString() : ACTUAL;
            String value = data.path("attributeValue").asString();
            String status = lookup(data);
            Entry entry = status == null ? entry(data) : null;
            if (entry != null) {
                if (!entry.attributes.containsKey(type)) {
                    status = "NotSupportedAttributeType";
                } else if ("ReadOnly".equals(entry.mutability)) {
                    status = "Rejected";
                    result.putObject("attributeStatusInfo").put("reasonCode", "ReadOnly");
                } else if (!fits(entry, value)) {
                    status = "Rejected";
                    result.putObject("attributeStatusInfo").put("reasonCode", "InvalidValue");
                } else {
                    entry.attributes.put(type, "boolean".equals(entry.dataType) ? value.toLowerCase(Locale.ROOT) : value);
                    status = entry.rebootRequired ? "RebootRequired" : "Accepted";
                }
            }
            result.put("attributeStatus", status);
        }
        return response;
    }

    /** B07: FullInventory = everything, ConfigurationInventory = what can be set, SummaryInventory = availability. */
    synchronized List<Entry> baseReport(String reportBase) {
        Predicate<Entry> filter = switch (reportBase) {
            case "ConfigurationInventory" -> e -> !"ReadOnly".equals(e.mutability);
            case "SummaryInventory" -> e -> e.variable.equals("AvailabilityState") || e.variable.equals("Problem");
            default -> e -> true;
        };
        return entries.stream().filter(filter).toList();
    }

    /**
     * B08: the variables named by componentVariable (a component without variable means all its variables), of
     * the components whose variables named after one of the componentCriteria (Active, Available, Enabled,
     * Problem) are true.
     */
    synchronized List<Entry> report(JsonNode request) {
        JsonNode wanted = request.path("componentVariable");
        List<String> criteria = new ArrayList<>();
        request.path("componentCriteria").forEach(c -> criteria.add(c.asString()));
        return entries.stream()
                .filter(e -> wanted.isEmpty() || wanted.valueStream().anyMatch(cv -> e.coveredBy(cv.path("component"))
                        && (!cv.has("variable") || e.sameVariable(cv.path("variable")))))
                .filter(e -> criteria.isEmpty() || entries.stream().anyMatch(other -> sameComponent(other, e)
                        && criteria.stream().anyMatch(c -> c.equalsIgnoreCase(other.variable))
                        && "true".equalsIgnoreCase(other.attributes.get(ACTUAL))))
                .toList();
    }

    /** A NotifyReport reportData element (values of WriteOnly variables are never reported). */
    synchronized ObjectNode reportData(Entry e) {
        ObjectNode data = NODES.objectNode();
        data.set("component", component(e));
        ObjectNode variable = data.putObject("variable").put("name", e.variable);
        if (e.variableInstance != null) {
            variable.put("instance", e.variableInstance);
        }
        ArrayNode attributes = data.putArray("variableAttribute");
        e.attributes.forEach((type, value) -> {
            ObjectNode attribute = attributes.addObject().put("type", type);
            if (!"WriteOnly".equals(e.mutability)) {
                attribute.put("value", value);
            }
            attribute.put("mutability", e.mutability).put("persistent", true).put("constant", false);
        });
        ObjectNode characteristics = data.putObject("variableCharacteristics");
        if (e.unit != null) {
            characteristics.put("unit", e.unit);
        }
        characteristics.put("dataType", e.dataType);
        if (e.min != null) {
            characteristics.put("minLimit", e.min);
        }
        if (e.max != null) {
            characteristics.put("maxLimit", e.max);
        }
        if (e.valuesList != null) {
            characteristics.put("valuesList", e.valuesList);
        }
        characteristics.put("supportsMonitoring", false);
        return data;
    }

    private static ObjectNode component(Entry e) {
        ObjectNode component = NODES.objectNode().put("name", e.component);
        if (e.componentInstance != null) {
            component.put("instance", e.componentInstance);
        }
        if (e.evse != null) {
            ObjectNode evse = component.putObject("evse").put("id", e.evse);
            if (e.connector != null) {
                evse.put("connectorId", e.connector);
            }
        }
        return component;
    }

    private static boolean sameComponent(Entry a, Entry b) {
        return a.component.equalsIgnoreCase(b.component) && Objects.equals(a.componentInstance, b.componentInstance)
                && Objects.equals(a.evse, b.evse) && Objects.equals(a.connector, b.connector);
    }

    /** null when the component and variable exist, else UnknownComponent or UnknownVariable. */
    private String lookup(JsonNode data) {
        if (entries.stream().noneMatch(e -> e.sameComponent(data.path("component")))) {
            return "UnknownComponent";
        }
        return entry(data) == null ? "UnknownVariable" : null;
    }

    private Entry entry(JsonNode data) {
        return entries.stream().filter(e -> e.sameComponent(data.path("component"))
                && e.sameVariable(data.path("variable"))).findFirst().orElse(null);
    }

    private static ObjectNode echo(ObjectNode result, JsonNode data) {
        if (data.has("attributeType")) {
            result.set("attributeType", data.get("attributeType"));
        }
        result.set("component", data.path("component"));
        result.set("variable", data.path("variable"));
        return result;
    }

    private static boolean fits(Entry e, String value) {
        return switch (e.dataType) {
            case "integer" -> value.matches("-?\\d{1,9}") && within(e, new BigDecimal(value));
            case "decimal" -> value.matches("-?\\d+(\\.\\d+)?") && within(e, new BigDecimal(value));
            case "boolean" -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case "OptionList" -> e.valuesList == null || List.of(e.valuesList.split(",")).contains(value);
            case "MemberList" -> e.valuesList == null || Arrays.stream(value.split(","))
                    .allMatch(member -> List.of(e.valuesList.split(",")).contains(member.trim()));
            default -> value.length() <= 1000;
        };
    }

    private static boolean within(Entry e, BigDecimal value) {
        return (e.min == null || value.compareTo(e.min) >= 0) && (e.max == null || value.compareTo(e.max) <= 0);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
