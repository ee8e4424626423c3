package io.busbar.gateway;

import io.busbar.ocpp.message.Action;

/**
 * Handles one charger-initiated action of one version and returns the response; the gateway sends it.
 * Throwing {@link io.busbar.ocpp.rpc.RpcException} answers with that CALLERROR instead; any other exception
 * answers InternalError. A handler returns only once its effects are durable: the charger treats the
 * CALLRESULT as an acknowledgement.
 */
public interface InboundHandler<Q, R> {
    Action<Q, R> action();

    R handle(ChargerContext charger, Q request);
}
