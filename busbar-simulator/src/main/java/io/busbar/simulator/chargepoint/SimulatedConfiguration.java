package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The settings of a simulated charger and its answers to the CSMS's configuration messages: OCPP 1.6
 * GetConfiguration / ChangeConfiguration on the standard keys, OCPP 2.0.1 GetVariables / SetVariables /
 * GetBaseReport / GetReport on a small device model. Reports are sent after the answer as NotifyReport messages
 * of at most {@link #reportPageSize(int) reportPageSize} variables each, numbered by seqNo from 0 with tbc on all but
 * the last (B07/B08).
 */
public final class SimulatedConfiguration {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final SimulatedChargePoint chargePoint;
    private final SimulatedConfigurationKeys keys;
    private final SimulatedDeviceModel model;
    private volatile int reportPageSize = 10;
    private volatile String reportStatus = "Accepted";

    private SimulatedConfiguration(SimulatedChargePoint chargePoint, Initial initial) {
        this.chargePoint = chargePoint;
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        this.keys = v16 ? new SimulatedConfigurationKeys(initial.keys) : null;
        this.model = v16 ? null : new SimulatedDeviceModel(initial.variables);
    }

    /** Creates the charger's settings and makes them answer the configuration messages of its version. */
    static SimulatedConfiguration install(SimulatedChargePoint chargePoint, Initial initial) {
        SimulatedConfiguration configuration = new SimulatedConfiguration(chargePoint, initial);
        List<String> actions = configuration.keys != null ? List.of("GetConfiguration", "ChangeConfiguration")
                : List.of("GetVariables", "SetVariables", "GetBaseReport", "GetReport");
        actions.forEach(action -> chargePoint.onCall(action, configuration::answer));
        return configuration;
    }

    /**
     * The answer to a configuration message of this charger's version (installed as its handler; a test that
     * replaces the handler can still delegate here).
     */
    public JsonNode answer(Call call) {
        return switch (call.action()) {
            case "GetConfiguration" -> requireKeys().getConfiguration(call.payload());
            case "ChangeConfiguration" -> requireKeys().changeConfiguration(call.payload());
            case "GetVariables" -> requireModel().getVariables(call.payload());
            case "SetVariables" -> requireModel().setVariables(call.payload());
            case "GetBaseReport" -> report(call.payload(),
                    requireModel().baseReport(call.payload().path("reportBase").asString()));
            case "GetReport" -> report(call.payload(), requireModel().report(call.payload()));
            default -> throw new RpcException(RpcError.NOT_IMPLEMENTED, call.action() + " is no configuration message");
        };
    }

    /** OCPP 1.6: the key's current value, null when the charge point has no such key. */
    public String key(String key) {
        return requireKeys().value(key);
    }

    /** OCPP 1.6: sets a key's value as if changed locally (an unknown key is added, read-write). */
    public void setKey(String key, String value) {
        requireKeys().set(key, value);
    }

    /** OCPP 2.0.1: the Actual value of a station-level component's variable, null when there is none. */
    public String variable(String component, String variable) {
        return variable(component, variable, null);
    }

    public String variable(String component, String variable, String variableInstance) {
        return requireModel().value(component, variable, variableInstance);
    }

    /** OCPP 2.0.1: sets the Actual value of a station-level component's variable (it must exist). */
    public void setVariable(String component, String variable, String value) {
        requireModel().set(component, variable, null, value);
    }

    /** Variables per NotifyReport message (default 10). */
    public SimulatedConfiguration reportPageSize(int variables) {
        if (variables < 1) {
            throw new IllegalArgumentException("A report page holds at least one variable");
        }
        this.reportPageSize = variables;
        return this;
    }

    /** The answer to GetBaseReport / GetReport: Accepted (default), Rejected or NotSupported (then nothing is sent). */
    public SimulatedConfiguration reportStatus(String status) {
        this.reportStatus = status;
        return this;
    }

    /** Answers a GetBaseReport or GetReport and, when Accepted, sends the report after the answer. */
    private JsonNode report(JsonNode request, List<SimulatedDeviceModel.Entry> selected) {
        String status = reportStatus;
        if ("Accepted".equals(status) && selected.isEmpty()) {
            status = "EmptyResultSet"; // B08: nothing matches the criteria, so no report follows
        }
        if ("Accepted".equals(status)) {
            int requestId = request.path("requestId").asInt();
            List<ObjectNode> data = selected.stream().map(model::reportData).toList();
            chargePoint.afterAnswer(() -> sendReport(requestId, data));
        }
        return NODES.objectNode().put("status", status);
    }

    private void sendReport(int requestId, List<ObjectNode> data) {
        int pageSize = reportPageSize;
        int pages = (data.size() + pageSize - 1) / pageSize;
        for (int seqNo = 0; seqNo < pages; seqNo++) {
            ObjectNode part = NODES.objectNode().put("requestId", requestId)
                    .put("generatedAt", chargePoint.clock().instant().toString())
                    .put("tbc", seqNo < pages - 1).put("seqNo", seqNo);
            ArrayNode reportData = part.putArray("reportData");
            data.subList(seqNo * pageSize, Math.min(data.size(), (seqNo + 1) * pageSize)).forEach(reportData::add);
            try {
                chargePoint.call("NotifyReport", part).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                return; // a station gives up on a report the CSMS does not take; the CSMS can ask again
            }
        }
    }

    private SimulatedConfigurationKeys requireKeys() {
        if (keys == null) {
            throw new UnsupportedOperationException("Configuration keys are OCPP 1.6; use variable(...) for 2.0.1");
        }
        return keys;
    }

    private SimulatedDeviceModel requireModel() {
        if (model == null) {
            throw new UnsupportedOperationException("The device model is OCPP 2.0.1; use key(...) for 1.6");
        }
        return model;
    }

    /** The values a charger boots with, chosen on its builder. */
    static final class Initial {
        final Map<String, String> keys = new LinkedHashMap<>();
        final List<String[]> variables = new ArrayList<>();
    }
}
