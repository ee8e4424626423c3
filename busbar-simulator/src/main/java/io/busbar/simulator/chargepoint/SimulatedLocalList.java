package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local authorization list of a simulated charger (OCPP 1.6 §5.15 / §5.10, 2.0.1 D01 / D02). A Full update
 * replaces the list; a Differential one adds or updates entries with info and removes entries without, and is
 * answered VersionMismatch unless its version is greater than the current one (1.6 UpdateStatus VersionMismatch). The
 * version is 0 while the list was never set; a charger without local lists answers GetLocalListVersion -1 (1.6) or
 * 0 (2.0.1) and SendLocalList NotSupported (1.6) or Failed (2.0.1, which has no NotSupported).
 */
public final class SimulatedLocalList {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OcppVersion version;
    private final Map<String, String> entries = new LinkedHashMap<>();
    private int listVersion;
    private boolean supported = true;
    private String nextAnswer;

    SimulatedLocalList(OcppVersion version) {
        this.version = version;
    }

    void install(Map<String, CsmsCallHandler> handlers) {
        handlers.put("SendLocalList", this::sendLocalList);
        handlers.put("GetLocalListVersion", this::getLocalListVersion);
    }

    /** false: the charger has no local list (LocalAuthListEnabled false / profile not supported). */
    public synchronized SimulatedLocalList supported(boolean supported) {
        this.supported = supported;
        return this;
    }

    /** The next SendLocalList is answered with {@code status} (e.g. Failed) and changes nothing. */
    public synchronized SimulatedLocalList failNextUpdate(String status) {
        this.nextAnswer = status;
        return this;
    }

    /** As if another system had sent this charger a list with that version (to provoke VersionMismatch). */
    public synchronized SimulatedLocalList setVersion(int listVersion) {
        this.listVersion = listVersion;
        return this;
    }

    public synchronized int version() {
        return listVersion;
    }

    /** The list: token → authorization status literal (Accepted, Blocked...), in the order entries arrived. */
    public synchronized Map<String, String> localList() {
        return Map.copyOf(entries);
    }

    private synchronized JsonNode sendLocalList(Call call) {
        JsonNode request = call.payload();
        boolean v16 = version == OcppVersion.V16;
        if (!supported) {
            return status(v16 ? "NotSupported" : "Failed");
        }
        if (nextAnswer != null) {
            String answer = nextAnswer;
            nextAnswer = null;
            return status(answer);
        }
        int requested = (v16 ? request.path("listVersion") : request.path("versionNumber")).asInt();
        boolean full = "Full".equals(request.path("updateType").asString());
        if (!full && requested <= listVersion) {
            return status("VersionMismatch");
        }
        if (full) {
            entries.clear();
        }
        for (JsonNode entry : request.path("localAuthorizationList")) {
            String token = v16 ? entry.path("idTag").asString() : entry.path("idToken").path("idToken").asString();
            JsonNode info = entry.path(v16 ? "idTagInfo" : "idTokenInfo");
            if (info.isMissingNode() || info.isNull()) {
                entries.remove(token);
            } else {
                entries.put(token, info.path("status").asString());
            }
        }
        listVersion = requested;
        return status("Accepted");
    }

    private synchronized JsonNode getLocalListVersion(Call call) {
        int answer = supported ? listVersion : version == OcppVersion.V16 ? -1 : 0;
        return NODES.objectNode().put(version == OcppVersion.V16 ? "listVersion" : "versionNumber", answer);
    }

    private static JsonNode status(String status) {
        return NODES.objectNode().put("status", status);
    }
}
