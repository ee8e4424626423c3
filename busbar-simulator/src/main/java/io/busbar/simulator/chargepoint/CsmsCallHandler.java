package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import tools.jackson.databind.JsonNode;

/**
 * Answers one CSMS-initiated action. Returns the CALLRESULT payload, or throws
 * {@link io.busbar.ocpp.rpc.RpcException} to answer with that CALLERROR.
 */
@FunctionalInterface
public interface CsmsCallHandler {
    JsonNode answer(Call call);
}
