package io.busbar.gateway;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.rpc.OcppVersion;

/** Small stand-in messages and actions so that the gateway is tested without the real OCPP message catalogue. */
public final class TestActions {
    private TestActions() {
    }

    public record Heartbeat() {
    }

    public record HeartbeatResponse(String currentTime) {
    }

    public record Reset(String type) {
    }

    public record ResetResponse(String status) {
    }

    public static Action<Heartbeat, HeartbeatResponse> heartbeat(OcppVersion version) {
        return Action.fromCharger(version, "Heartbeat", Heartbeat.class, HeartbeatResponse.class);
    }

    /** Its handler always throws: the gateway must answer InternalError. */
    public static Action<Heartbeat, HeartbeatResponse> explode(OcppVersion version) {
        return Action.fromCharger(version, "Explode", Heartbeat.class, HeartbeatResponse.class);
    }

    /** The test gate refuses it: the gateway must answer SecurityError. */
    public static Action<Heartbeat, HeartbeatResponse> guarded(OcppVersion version) {
        return Action.fromCharger(version, "Guarded", Heartbeat.class, HeartbeatResponse.class);
    }

    /** Its handler makes the CSMS call the charger (a Reset) while the charger's own call is being answered. */
    public static Action<Heartbeat, HeartbeatResponse> reacting(OcppVersion version) {
        return Action.fromCharger(version, "Reacting", Heartbeat.class, HeartbeatResponse.class);
    }

    public static Action<Reset, ResetResponse> reset(OcppVersion version) {
        return Action.fromCsms(version, "Reset", Reset.class, ResetResponse.class);
    }
}
