package io.busbar.gateway;

import io.busbar.ocpp.message.Action;

/**
 * Consulted before an inbound CALL is dispatched, e.g. to refuse everything but BootNotification until the
 * charger was accepted (OCPP 2.0.1 B02.FR.09). Throws {@link io.busbar.ocpp.rpc.RpcException} to refuse.
 */
public interface InboundGate {
    void admit(ChargerContext charger, Action<?, ?> action);
}
