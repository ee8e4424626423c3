package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;


/**
 * How the simulated charge point answers the CSMS's remote-control calls, realistically for both versions:
 * Reset reboots it ({@link SimulatedReset}), ChangeAvailability changes its connectors ({@link SimulatedAvailability}),
 * TriggerMessage sends the message ({@link SimulatedTriggers}), remote start/stop run real transactions
 * ({@link SimulatedRemoteTransactions}), display messages are kept (2.0.1, {@link SimulatedDisplay}); UnlockConnector
 * and DataTransfer are answered here (GetCompositeSchedule by {@link SimulatedChargingProfiles}). Failure
 * outcomes are switched on by the setters.
 * The charge point has {@link #evses(int) one EVSE} with one connector unless told otherwise.
 */
public final class SimulatedRemoteControl {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SimulatedChargePoint chargePoint;
    private final SimulatedAvailability availability;
    private final SimulatedReset reset;
    private final SimulatedTriggers triggers;
    private final SimulatedRemoteTransactions transactions;
    private final SimulatedDisplay display;
    private volatile int evses = 1;
    private volatile boolean unlockFails;

    private SimulatedRemoteControl(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
        this.availability = new SimulatedAvailability(chargePoint, this);
        this.reset = new SimulatedReset(chargePoint, this);
        this.triggers = new SimulatedTriggers(chargePoint, this);
        this.transactions = new SimulatedRemoteTransactions(chargePoint, this);
        this.display = chargePoint.version() == OcppVersion.V201 ? new SimulatedDisplay(chargePoint) : null;
    }

    /** Creates the remote control of {@code chargePoint} and installs its answers (over the defaults). */
    static SimulatedRemoteControl install(SimulatedChargePoint chargePoint) {
        SimulatedRemoteControl control = new SimulatedRemoteControl(chargePoint);
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        chargePoint.onCall("Reset", control.reset::answer);
        chargePoint.onCall("ChangeAvailability", control.availability::answer);
        chargePoint.onCall("TriggerMessage", control.triggers::answer);
        chargePoint.onCall(v16 ? "RemoteStartTransaction" : "RequestStartTransaction", control.transactions::start);
        chargePoint.onCall(v16 ? "RemoteStopTransaction" : "RequestStopTransaction", control.transactions::stop);
        chargePoint.onCall("UnlockConnector", control::unlock);
        chargePoint.onCall("DataTransfer", control::dataTransfer);
        if (control.display != null) {
            control.display.install();
        }
        return control;
    }

    // ---- configuration and state ------------------------------------------------------------------------------

    /** How many EVSEs (numbered 1..count, one connector each) the charge point has; default 1. */
    public SimulatedRemoteControl evses(int count) {
        this.evses = count;
        return this;
    }

    public int evses() {
        return evses;
    }

    /** The connector lock is stuck: UnlockConnector answers UnlockFailed. */
    public SimulatedRemoteControl unlockFails(boolean fails) {
        this.unlockFails = fails;
        return this;
    }

    public SimulatedAvailability availability() {
        return availability;
    }

    public SimulatedReset reset() {
        return reset;
    }

    public SimulatedTriggers triggers() {
        return triggers;
    }

    public SimulatedRemoteTransactions transactions() {
        return transactions;
    }

    /** The display (2.0.1 only; null for a 1.6 charge point). */
    public SimulatedDisplay display() {
        return display;
    }

    boolean knows(int evseId) {
        return evseId >= 1 && evseId <= evses;
    }

    /** The connector status literal of the EVSE now, in this charge point's version. */
    String connectorStatus(int evseId) {
        if (chargePoint.faults().isFaulted(evseId)) {
            return "Faulted";
        }
        if (!availability.isOperative(evseId)) {
            return "Unavailable";
        }
        if (chargePoint.runningSessions().on(evseId).isPresent()) {
            return chargePoint.version() == OcppVersion.V16 ? "Charging" : "Occupied";
        }
        return "Available";
    }

    /** Reports the EVSE's connector status and waits for the answer (call from a follow-up, never a handler). */
    void reportStatus(int evseId) {
        if (chargePoint.faults().reportIfFaulted(evseId)) {
            return;
        }
        PluggedInEv.awaitIfOnline(chargePoint, chargePoint.statusNotification(evseId, 1, connectorStatus(evseId)));
    }

    static ObjectNode status(String status) {
        return NODES.objectNode().put("status", status);
    }

    /** The EVSE a call is about: 1.6 connectorId (0 = none), 2.0.1 evseId or evse.id; null when absent. */
    Integer evseOf(JsonNode payload) {
        JsonNode id = chargePoint.version() == OcppVersion.V16 ? payload.path("connectorId")
                : payload.has("evse") ? payload.path("evse").path("id") : payload.path("evseId");
        return id.isMissingNode() || id.isNull() || id.asInt() == 0 ? null : id.asInt();
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    /**
     * 1.6 §5.17: a transaction on the connector is stopped first (reason UnlockCommand; here right after the
     * answer); 2.0.1 F05.FR.02: refused with OngoingAuthorizedTransaction instead.
     */
    private JsonNode unlock(Call call) {
        Integer evseId = evseOf(call.payload());
        int connectorId = chargePoint.version() == OcppVersion.V16 ? 1 : call.payload().path("connectorId").asInt();
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        if (evseId == null || !knows(evseId) || connectorId != 1) {
            return status(v16 ? "UnlockFailed" : "UnknownConnector");
        }
        var running = chargePoint.runningSessions().on(evseId);
        if (running.isPresent() && !v16) {
            return status("OngoingAuthorizedTransaction");
        }
        if (unlockFails) {
            return status("UnlockFailed");
        }
        running.ifPresent(session -> chargePoint.afterAnswer(() -> session.stop(StopReason.UNLOCK_COMMAND)));
        return status("Unlocked");
    }

    /** Only the simulator's own vendor id is known (1.6 §4.3 / 2.0.1 P02.FR.06); its data is echoed. */
    private JsonNode dataTransfer(Call call) {
        if (!SimulatedChargePoint.VENDOR.equals(call.payload().path("vendorId").asString())) {
            return status("UnknownVendorId");
        }
        ObjectNode answer = status("Accepted");
        if (call.payload().has("data")) {
            answer.set("data", call.payload().get("data"));
        }
        return answer;
    }
}
