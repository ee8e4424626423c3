package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * TriggerMessage (OCPP 1.6 §5.18, 2.0.1 F06): Accepted, then the requested message is really sent (after the
 * answer, F06.FR.04). A message the charge point cannot send is NotImplemented; a request about an unknown EVSE,
 * or a TransactionEvent where no transaction runs, is Rejected. Other simulator features add the messages they
 * own (e.g. a firmware status) with {@link #respondTo}.
 */
public final class SimulatedTriggers {
    private final SimulatedChargePoint chargePoint;
    private final SimulatedRemoteControl control;
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();

    /** Sends a triggered message about {@code evseId} (null: all / none); returns null to answer Rejected. */
    @FunctionalInterface
    public interface Responder {
        Runnable respond(Integer evseId);
    }

    SimulatedTriggers(SimulatedChargePoint chargePoint, SimulatedRemoteControl control) {
        this.chargePoint = chargePoint;
        this.control = control;
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        respondTo("BootNotification", evse -> this::boot);
        respondTo("Heartbeat", evse -> () -> PluggedInEv.await(chargePoint.heartbeat()));
        respondTo("StatusNotification", evse -> () -> evses(evse).forEach(control::reportStatus));
        respondTo("MeterValues", evse -> () -> evses(evse).forEach(this::meterValues));
        respondTo("FirmwareStatusNotification", evse -> () -> send("FirmwareStatusNotification", "Idle"));
        if (v16) {
            respondTo("DiagnosticsStatusNotification", evse -> () -> send("DiagnosticsStatusNotification", "Idle"));
        } else {
            respondTo("LogStatusNotification", evse -> () -> send("LogStatusNotification", "Idle"));
            respondTo("TransactionEvent", this::transactionEvents);
        }
    }

    /** Installs (or replaces) how a triggered {@code message} is sent. */
    public SimulatedTriggers respondTo(String message, Responder responder) {
        responders.put(message, responder);
        return this;
    }

    JsonNode answer(Call call) {
        String message = call.payload().path("requestedMessage").asString();
        Integer evseId = control.evseOf(call.payload());
        Responder responder = responders.get(message);
        if (responder == null) {
            return SimulatedRemoteControl.status("NotImplemented");
        }
        Runnable send = evseId != null && !control.knows(evseId) ? null : responder.respond(evseId);
        if (send == null) {
            return SimulatedRemoteControl.status("Rejected");
        }
        chargePoint.afterAnswer(send);
        return SimulatedRemoteControl.status("Accepted");
    }

    private List<Integer> evses(Integer evseId) {
        return evseId != null ? List.of(evseId) : IntStream.rangeClosed(1, control.evses()).boxed().toList();
    }

    private void boot() {
        if (chargePoint.version() == OcppVersion.V16) {
            PluggedInEv.await(chargePoint.boot());
        } else {
            PluggedInEv.await(chargePoint.call("BootNotification", Ocpp201Messages.bootNotification("Triggered",
                    SimulatedChargePoint.VENDOR, SimulatedChargePoint.MODEL, "SIM-SN-" + chargePoint.identity(),
                    SimulatedChargePoint.FIRMWARE)));
        }
    }

    private void send(String action, String status) {
        PluggedInEv.await(chargePoint.call(action, SimulatedRemoteControl.NODES.objectNode().put("status", status)));
    }

    /** The EVSE's meter now: the running session's energy, else 0 (each session's meter starts at 0 here). */
    private void meterValues(int evseId) {
        var session = chargePoint.runningSessions().on(evseId);
        MeterReading reading = MeterReading.energyOnly(chargePoint.clock().instant(),
                MeterReading.ReadingContext.TRIGGER, session.map(ChargingSession::energyWh).orElse(0L));
        Integer transactionId = chargePoint.version() == OcppVersion.V16
                ? session.map(ChargingSession::transactionId).map(Integer::valueOf).orElse(null) : null;
        PluggedInEv.await(chargePoint.meterValues(evseId, transactionId, List.of(reading)));
    }

    /** 2.0.1 F06: a TransactionEvent Updated (triggerReason Trigger) per running transaction asked about. */
    private Runnable transactionEvents(Integer evseId) {
        List<ChargingSession> sessions = chargePoint.runningSessions().all().stream()
                .filter(s -> evseId == null || s.evseId() == evseId).toList();
        if (sessions.isEmpty()) {
            return null;
        }
        return () -> sessions.forEach(session -> PluggedInEv.await(chargePoint.transactionEvent(new TransactionEvent(
                TransactionEvent.EventType.UPDATED, chargePoint.clock().instant(), "Trigger",
                session.transactionId(), session.powerW() > 0 ? "Charging" : "SuspendedEV", null, null,
                session.evseId(), 1, null, false, List.of(MeterReading.energyOnly(chargePoint.clock().instant(),
                MeterReading.ReadingContext.TRIGGER, session.energyWh()))))));
    }
}
