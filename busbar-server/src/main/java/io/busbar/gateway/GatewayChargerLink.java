package io.busbar.gateway;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.Initiator;
import tools.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ChargerLink} over the connections this node holds. The returned future completes on a gateway virtual
 * thread, never on a socket or timer thread.
 */
final class GatewayChargerLink implements ChargerLink {
    private final ConnectionRegistry registry;
    private final RpcServices rpc;

    GatewayChargerLink(ConnectionRegistry registry, RpcServices rpc) {
        this.registry = registry;
        this.rpc = rpc;
    }

    @Override
    public <Q, R> CompletableFuture<R> call(String identity, Action<Q, R> action, Q request) {
        Optional<OcppConnection> found = registry.find(identity);
        if (found.isEmpty()) {
            return CompletableFuture.failedFuture(new ChargerNotConnectedException(identity));
        }
        OcppConnection connection = found.get();
        if (action.version() != connection.version()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Charger " + identity + " speaks "
                    + connection.version().subprotocol() + ", not " + action.version().subprotocol() + ": cannot send " + action));
        }
        if (action.initiator() == Initiator.CHARGER) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(action + " is sent by chargers, not by the CSMS"));
        }
        JsonNode payload;
        try {
            rpc.binder().validate(request); // caught here rather than by the charger
            payload = rpc.binder().toTree(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        var call = new PendingCall<R>(action, payload);
        connection.outbound().enqueue(call);
        return call.future();
    }

    @Override
    public Optional<ChargerContext> connection(String identity) {
        return registry.find(identity).map(ChargerContext.class::cast);
    }
}
