package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedFaults.Cure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripted failures: which reset cures which fault, the jammed lock, and what the EVSE reports meanwhile. */
class SimulatedFaultsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode ACCEPTED = SimulatedRemoteControl.status("Accepted");

    @Test
    void aFaultedEvseReportsFaultedWithItsErrorCodeUntilAResetThatCuresIt() {
        SimulatedChargePoint cp = offline(OcppVersion.V16);
        cp.remoteControl().evses(3);
        cp.faults().faulted(1, Cure.SOFT_RESET).faulted(2, Cure.HARD_RESET, "PowerSwitchFailure")
                .faulted(3, Cure.NONE);

        assertThat(cp.queuedWhileOffline()).isEqualTo(3);
        assertThat(cp.remoteControl().connectorStatus(2)).isEqualTo("Faulted");

        cp.faults().afterReset(call("Reset", "{\"type\": \"Soft\"}"), ACCEPTED);
        assertThat(cp.faults().isFaulted(1)).isFalse();
        assertThat(cp.faults().isFaulted(2)).isTrue();
        assertThat(cp.remoteControl().connectorStatus(1)).isEqualTo("Available");

        cp.faults().afterReset(call("Reset", "{\"type\": \"Hard\"}"), SimulatedRemoteControl.status("Rejected"));
        assertThat(cp.faults().isFaulted(2)).as("a refused reset cures nothing").isTrue();
        cp.faults().afterReset(call("Reset", "{\"type\": \"Hard\"}"), ACCEPTED);
        assertThat(cp.faults().isFaulted(2)).isFalse();
        assertThat(cp.faults().isFaulted(3)).as("needs a human").isTrue();
    }

    @Test
    void anEvseResetCuresOnlyThatEvse() {
        SimulatedChargePoint cp = offline(OcppVersion.V201);
        cp.remoteControl().evses(2);
        cp.faults().faulted(1, Cure.SOFT_RESET).faulted(2, Cure.SOFT_RESET);

        cp.faults().afterReset(call("Reset", "{\"type\": \"OnIdle\", \"evseId\": 2}"), ACCEPTED);

        assertThat(cp.faults().isFaulted(1)).isTrue();
        assertThat(cp.faults().isFaulted(2)).isFalse();
    }

    @Test
    void aStuckConnectorCannotBeUnlockedInEitherVersion() {
        for (OcppVersion version : OcppVersion.values()) {
            SimulatedChargePoint cp = offline(version);
            cp.remoteControl().evses(2);
            cp.faults().stuckConnector(1);
            CsmsCallHandler unlocks = call -> SimulatedRemoteControl.status("Unlocked");
            String payload = version == OcppVersion.V16 ? "{\"connectorId\": %d}"
                    : "{\"evseId\": %d, \"connectorId\": 1}";

            String stuck = cp.faults().unlock(call("UnlockConnector", payload.formatted(1)), unlocks)
                    .get("status").asString();
            String other = cp.faults().unlock(call("UnlockConnector", payload.formatted(2)), unlocks)
                    .get("status").asString();

            assertThat(stuck).isEqualTo("UnlockFailed");
            assertThat(other).isEqualTo("Unlocked");
            assertThat(cp.remoteControl().connectorStatus(1)).isEqualTo("Faulted");
            cp.faults().afterReset(call("Reset", version == OcppVersion.V16 ? "{\"type\": \"Hard\"}"
                    : "{\"type\": \"Immediate\"}"), ACCEPTED);
            assertThat(cp.faults().isFaulted(1)).as("no reset frees a jammed lock").isTrue();
        }
    }

    private static SimulatedChargePoint offline(OcppVersion version) {
        return SimulatedChargePoint.builder("ws://localhost:1/ocpp", "FAULTY-" + version.name(), version).build();
    }

    private static Call call(String action, String payload) {
        return new Call("m-1", action, JSON.readTree(payload));
    }
}
