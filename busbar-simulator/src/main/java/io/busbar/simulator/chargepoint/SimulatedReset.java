package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reset (OCPP 1.6 §5.14, 2.0.1 B11/B12): the charge point answers, stops its transactions (1.6 Soft/Hard:
 * SoftReset/HardReset; 2.0.1 Immediate: ImmediateReset), then reboots: drops the connection, reconnects and sends
 * BootNotification (2.0.1 reason RemoteReset) and a StatusNotification per EVSE. 2.0.1 OnIdle while a transaction
 * runs answers Scheduled and reboots when the last one ends (B11.FR.03). An EVSE reset (B12) ends that EVSE's
 * transaction and reports the EVSE Unavailable, then back.
 */
public final class SimulatedReset {
    private final SimulatedChargePoint chargePoint;
    private final SimulatedRemoteControl control;
    private final AtomicInteger reboots = new AtomicInteger();
    private final Set<Integer> scheduledEvseResets = ConcurrentHashMap.newKeySet();
    private volatile boolean scheduledReboot;
    private volatile boolean rejects;

    SimulatedReset(SimulatedChargePoint chargePoint, SimulatedRemoteControl control) {
        this.chargePoint = chargePoint;
        this.control = control;
        chargePoint.runningSessions().onEnded(this::afterSessionEnded);
    }

    /** The charge point refuses to reset (answers Rejected). */
    public SimulatedReset rejects(boolean rejects) {
        this.rejects = rejects;
        return this;
    }

    /** How many times it has rebooted and booted again. */
    public int reboots() {
        return reboots.get();
    }

    /** True while a 2.0.1 OnIdle reset waits for the transactions to end. */
    public boolean isScheduled() {
        return scheduledReboot;
    }

    JsonNode answer(Call call) {
        String type = call.payload().path("type").asString();
        Integer evseId = chargePoint.version() == OcppVersion.V201 ? control.evseOf(call.payload()) : null;
        if (rejects || evseId != null && !control.knows(evseId)) {
            return SimulatedRemoteControl.status("Rejected");
        }
        boolean onIdle = "OnIdle".equals(type);
        if (evseId != null) {
            var running = chargePoint.runningSessions().on(evseId);
            if (running.isPresent() && onIdle) {
                scheduledEvseResets.add(evseId);
                return SimulatedRemoteControl.status("Scheduled");
            }
            chargePoint.afterAnswer(() -> {
                running.ifPresent(session -> session.stop(StopReason.IMMEDIATE_RESET));
                resetEvse(evseId);
            });
            return SimulatedRemoteControl.status("Accepted");
        }
        if (onIdle && !chargePoint.runningSessions().isEmpty()) {
            scheduledReboot = true;
            return SimulatedRemoteControl.status("Scheduled");
        }
        StopReason reason = switch (type) {
            case "Soft" -> StopReason.SOFT_RESET;
            case "Hard" -> StopReason.HARD_RESET;
            default -> StopReason.IMMEDIATE_RESET;
        };
        chargePoint.afterAnswer(() -> {
            chargePoint.runningSessions().all().forEach(session -> session.stop(reason));
            reboot();
        });
        return SimulatedRemoteControl.status("Accepted");
    }

    private void afterSessionEnded(ChargingSession session) {
        if (scheduledEvseResets.remove(session.evseId())) {
            resetEvse(session.evseId());
        }
        if (scheduledReboot && chargePoint.runningSessions().isEmpty()) {
            scheduledReboot = false;
            reboot();
        }
    }

    private void resetEvse(int evseId) {
        PluggedInEv.awaitIfOnline(chargePoint, chargePoint.statusNotification(evseId, 1, "Unavailable"));
        control.reportStatus(evseId);
    }

    /** Power-cycles the software: new connection, BootNotification, then every EVSE's status. */
    void reboot() {
        PluggedInEv.await(chargePoint.reboot("RemoteReset"));
        for (int evseId = 1; evseId <= control.evses(); evseId++) {
            control.reportStatus(evseId);
        }
        reboots.incrementAndGet();
    }
}
