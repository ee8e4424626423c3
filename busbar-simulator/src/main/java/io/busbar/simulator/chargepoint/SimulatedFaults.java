package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scripted hardware failures, for self-healing tests and demos. An EVSE can be {@link #faulted(int, Cure) faulted}
 * until a reset cures it (a soft one, only a hard one, or none: it needs a human), its connector lock can be
 * {@link #stuckConnector(int) stuck} (UnlockConnector answers UnlockFailed and the EVSE stays Faulted), and the
 * whole charger can {@link #bootLoop(Duration, int) reboot every few seconds}. A faulted EVSE reports Faulted
 * whenever it reports its status (after a reboot too) until cured; a cured one reports Available again.
 */
public final class SimulatedFaults {
    /** What brings a faulted EVSE back. A hard reset cures what a soft one cures. */
    public enum Cure { SOFT_RESET, HARD_RESET, NONE }

    private final SimulatedChargePoint chargePoint;
    private final Map<Integer, Cure> faulted = new ConcurrentHashMap<>();
    private final Map<Integer, String> errorCodes = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> stuck = new ConcurrentHashMap<>();
    private final AtomicInteger loopReboots = new AtomicInteger();
    private volatile boolean looping;

    private SimulatedFaults(SimulatedChargePoint chargePoint) {
        this.chargePoint = chargePoint;
    }

    /** Wraps the charge point's Reset and UnlockConnector answers (install after the remote control). */
    static SimulatedFaults install(SimulatedChargePoint chargePoint, Map<String, CsmsCallHandler> handlers) {
        SimulatedFaults faults = new SimulatedFaults(chargePoint);
        CsmsCallHandler reset = handlers.get("Reset");
        handlers.put("Reset", call -> faults.afterReset(call, reset.answer(call)));
        CsmsCallHandler unlock = handlers.get("UnlockConnector");
        handlers.put("UnlockConnector", call -> faults.unlock(call, unlock));
        return faults;
    }

    /**
     * EVSE {@code evseId} faults now (1.6 errorCode {@code errorCode}, e.g. GroundFailure; 2.0.1 status Faulted)
     * and reports it; {@code cure} says what brings it back.
     */
    public SimulatedFaults faulted(int evseId, Cure cure, String errorCode) {
        faulted.put(evseId, cure);
        errorCodes.put(evseId, errorCode);
        PluggedInEv.awaitIfOnline(chargePoint, report(evseId));
        return this;
    }

    public SimulatedFaults faulted(int evseId, Cure cure) {
        return faulted(evseId, cure, "GroundFailure");
    }

    /** The connector lock of EVSE {@code evseId} is jammed: Faulted (ConnectorLockFailure), unlock fails, no reset helps. */
    public SimulatedFaults stuckConnector(int evseId) {
        stuck.put(evseId, true);
        return faulted(evseId, Cure.NONE, "ConnectorLockFailure");
    }

    public boolean isFaulted(int evseId) {
        return faulted.containsKey(evseId);
    }

    /**
     * The charger crashes and reboots (BootNotification, 2.0.1 reason Watchdog) every {@code every}, at most
     * {@code maxReboots} times, until {@link #stopBootLoop()} or until it is disconnected from outside.
     */
    public SimulatedFaults bootLoop(Duration every, int maxReboots) {
        looping = true;
        Thread.ofVirtual().name("sim-" + chargePoint.identity() + "-bootloop").start(() -> {
            for (int i = 0; i < maxReboots && looping; i++) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
                if (!looping || !chargePoint.isOnline()) {
                    return;
                }
                PluggedInEv.await(chargePoint.reboot("Watchdog"));
                loopReboots.incrementAndGet();
            }
            looping = false;
        });
        return this;
    }

    public void stopBootLoop() {
        looping = false;
    }

    /** How many times the boot loop has rebooted the charger. */
    public int bootLoopReboots() {
        return loopReboots.get();
    }

    /** Reports the EVSE Faulted if it is; false (nothing sent) when it is not. */
    boolean reportIfFaulted(int evseId) {
        if (!isFaulted(evseId)) {
            return false;
        }
        PluggedInEv.awaitIfOnline(chargePoint, report(evseId));
        return true;
    }

    private java.util.concurrent.CompletableFuture<JsonNode> report(int evseId) {
        if (chargePoint.version() == OcppVersion.V201) {
            return chargePoint.statusNotification(evseId, 1, "Faulted");
        }
        var payload = Ocpp16Messages.statusNotification(evseId, "Faulted", chargePoint.clock().instant())
                .put("errorCode", errorCodes.getOrDefault(evseId, "OtherError"));
        return chargePoint.call("StatusNotification", payload);
    }

    /** An accepted reset cures the EVSEs it reaches whose fault it can cure, before they report their status. */
    JsonNode afterReset(Call call, JsonNode answer) {
        if (!"Accepted".equals(answer.path("status").asString())) {
            return answer;
        }
        String type = call.payload().path("type").asString();
        boolean hard = "Hard".equals(type) || "Immediate".equals(type);
        JsonNode evse = call.payload().path("evseId");
        faulted.entrySet().removeIf(entry -> (evse.isMissingNode() || evse.asInt() == entry.getKey())
                && (entry.getValue() == Cure.SOFT_RESET || hard && entry.getValue() == Cure.HARD_RESET));
        return answer;
    }

    /** OCPP 1.6 §5.17 / 2.0.1 F05: a jammed lock answers UnlockFailed in both versions. */
    JsonNode unlock(Call call, CsmsCallHandler otherwise) {
        int evseId = chargePoint.version() == OcppVersion.V16 ? call.payload().path("connectorId").asInt()
                : call.payload().path("evseId").asInt();
        if (stuck.containsKey(evseId)) {
            return SimulatedRemoteControl.status("UnlockFailed");
        }
        return otherwise.answer(call);
    }
}
