package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ChangeAvailability (OCPP 1.6 §5.2, 2.0.1 G03/G04): Accepted and a StatusNotification for each connector whose
 * availability changed; Scheduled when a transaction runs on an EVSE to be made inoperative, which then changes
 * once the transaction ends (1.6 §5.2, 2.0.1 G03.FR.03/G04.FR.03). Kept across reboots, as the specs require.
 */
public final class SimulatedAvailability {
    private final SimulatedChargePoint chargePoint;
    private final SimulatedRemoteControl control;
    private final Set<Integer> inoperative = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Boolean> scheduled = new ConcurrentHashMap<>();
    private volatile boolean rejects;

    SimulatedAvailability(SimulatedChargePoint chargePoint, SimulatedRemoteControl control) {
        this.chargePoint = chargePoint;
        this.control = control;
        chargePoint.runningSessions().onEnded(this::afterSessionEnded);
    }

    /** The charge point refuses availability changes (answers Rejected). */
    public SimulatedAvailability rejects(boolean rejects) {
        this.rejects = rejects;
        return this;
    }

    public boolean isOperative(int evseId) {
        return !inoperative.contains(evseId);
    }

    JsonNode answer(Call call) {
        JsonNode payload = call.payload();
        boolean operative = "Operative".equals(chargePoint.version() == OcppVersion.V16
                ? payload.path("type").asString() : payload.path("operationalStatus").asString());
        Integer evseId = control.evseOf(payload);
        int connectorId = payload.path("evse").path("connectorId").asInt(1);
        if (rejects || evseId != null && (!control.knows(evseId) || connectorId != 1)) {
            return SimulatedRemoteControl.status("Rejected");
        }
        List<Integer> evses = new ArrayList<>();
        for (int evse = 1; evse <= control.evses(); evse++) {
            if (evseId == null || evseId == evse) {
                evses.add(evse);
            }
        }
        boolean anyScheduled = false;
        List<Integer> changed = new ArrayList<>();
        for (int evse : evses) {
            if (!operative && chargePoint.runningSessions().on(evse).isPresent()) {
                scheduled.put(evse, false);
                anyScheduled = true;
            } else if (set(evse, operative)) {
                changed.add(evse);
            }
        }
        chargePoint.afterAnswer(() -> changed.forEach(control::reportStatus));
        return SimulatedRemoteControl.status(anyScheduled ? "Scheduled" : "Accepted");
    }

    private boolean set(int evseId, boolean operative) {
        return operative ? inoperative.remove(evseId) : inoperative.add(evseId);
    }

    private void afterSessionEnded(ChargingSession session) {
        Boolean operative = scheduled.remove(session.evseId());
        if (operative != null && set(session.evseId(), operative)) {
            control.reportStatus(session.evseId());
        }
    }
}
